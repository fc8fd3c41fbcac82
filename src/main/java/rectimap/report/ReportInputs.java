package rectimap.report;

import rectimap.campaign.review.ReviewArchive;
import rectimap.campaign.review.ReviewLedger;
import rectimap.campaign.review.ReviewSites;
import rectimap.model.Project;

/**
 * The report's input as the app and the CLI build it from an open project: its places, the jurisdiction given,
 * and the demonstration sites and verdicts from the project's review archive. Pure apart from reading the archive.
 */
public final class ReportInputs {
    private ReportInputs() {
    }

    public static ReportInput of(Project project, ReviewArchive reviews, Jurisdiction jurisdictionOrNull) {
        ReportInput input = ReportInput.of(project);
        if (jurisdictionOrNull != null) {
            input = input.withJurisdiction(jurisdictionOrNull);
        }
        return input.withReviews(ReviewSites.of(project, input.places(), reviews.siteMarks()),
                new ReviewLedger(reviews.verdicts()));
    }
}
