package rectimap.report;

import java.util.List;
import java.util.Map;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.review.DemonstrationSite;
import rectimap.campaign.review.ReviewLedger;
import rectimap.model.Project;

/**
 * What the report is computed from: the project's layers, its townships and villages, the jurisdiction by date,
 * the responsibility coverage per township (percent by township code; empty when not computed), the demonstration
 * sites under review and their verdicts. An immutable snapshot: safe to compute on a background thread.
 */
public record ReportInput(Project project, DivisionPlaces places, Jurisdiction jurisdiction,
        Map<String, Double> coveredPercentByTownship, List<DemonstrationSite> sites, ReviewLedger ledger) {
    public ReportInput {
        coveredPercentByTownship = Map.copyOf(coveredPercentByTownship);
        sites = List.copyOf(sites);
    }

    /** The project alone: listed jurisdiction, no coverage figures, no demonstration sites. */
    public static ReportInput of(Project project) {
        DivisionPlaces places = DivisionPlaces.of(project);
        return new ReportInput(project, places, Jurisdiction.asListed(places), Map.of(), List.of(),
                new ReviewLedger(List.of()));
    }

    public ReportInput withJurisdiction(Jurisdiction byDate) {
        return new ReportInput(project, places, byDate, coveredPercentByTownship, sites, ledger);
    }

    public ReportInput withCoverage(Map<String, Double> percentByTownship) {
        return new ReportInput(project, places, jurisdiction, percentByTownship, sites, ledger);
    }

    public ReportInput withReviews(List<DemonstrationSite> reviewSites, ReviewLedger verdicts) {
        return new ReportInput(project, places, jurisdiction, coveredPercentByTownship, reviewSites, verdicts);
    }
}
