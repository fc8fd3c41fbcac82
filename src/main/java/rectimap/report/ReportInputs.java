package rectimap.report;

import java.util.LinkedHashMap;
import java.util.Map;
import rectimap.campaign.coverage.CoverageAnalysis;
import rectimap.campaign.coverage.CoverageKind;
import rectimap.campaign.coverage.CoverageReport;
import rectimap.campaign.coverage.CoverageState;
import rectimap.campaign.jurisdiction.JurisdictionHistory;
import rectimap.campaign.place.TownshipPlace;
import rectimap.campaign.review.ReviewArchive;
import rectimap.campaign.review.ReviewLedger;
import rectimap.campaign.review.ReviewSites;
import rectimap.model.Project;

/**
 * The report's input as the app and the CLI build it from an open project: its places, the jurisdiction by date from
 * the project's village moves ({@link JurisdictionHistory}), and the demonstration sites and verdicts from the
 * project's review archive; {@link #withCoverage} adds the responsibility coverage, which is slow for a big district
 * (the UI calls it on its background task). Pure apart from reading the archive.
 */
public final class ReportInputs {
    private ReportInputs() {
    }

    public static ReportInput of(Project project, ReviewArchive reviews) {
        JurisdictionHistory history = JurisdictionHistory.of(project);
        ReportInput input = ReportInput.of(project)
                .withJurisdiction((village, date) -> history.townshipOf(village, date).orElse(null));
        return input.withReviews(ReviewSites.of(project, input.places(), reviews.siteMarks()),
                new ReviewLedger(reviews.verdicts()));
    }

    /**
     * {@code input} with each township's share covered by 乡镇干部包村 areas on the report date, in percent; townships
     * without any such area are 未分配.
     */
    public static ReportInput withCoverage(ReportInput input, java.time.LocalDate asOf) {
        CoverageReport coverage = new CoverageAnalysis().run(input.project(), CoverageAnalysis.DEFAULT_SLIVER_M2,
                asOf);
        Map<String, Double> percent = new LinkedHashMap<>();
        java.util.Set<String> unassigned = new java.util.HashSet<>();
        for (TownshipPlace township : input.places().townships()) {
            boolean assigned = coverage.parent(CoverageKind.CADRE_VILLAGE, township.code())
                    .filter(p -> p.state() != CoverageState.UNASSIGNED).isPresent();
            if (assigned) {
                percent.put(township.code(), coverage.coveredPercent(township.code()));
            } else {
                unassigned.add(township.code());
            }
        }
        return input.withCoverage(percent, unassigned);
    }
}
