package rectimap.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.review.DemonstrationSite;
import rectimap.campaign.review.ReviewLedger;
import rectimap.model.Project;

/**
 * What the report is computed from: the project's layers, its townships and villages, the jurisdiction by date,
 * the responsibility coverage per township (percent by township code; empty when not computed; townships without
 * 乡镇干部包村 areas apart, as 未分配), the demonstration
 * sites under review and their verdicts. An immutable snapshot: safe to compute on a background thread.
 */
public record ReportInput(Project project, DivisionPlaces places, Jurisdiction jurisdiction,
        Map<String, Double> coveredPercentByTownship, Set<String> unassignedTownships, List<DemonstrationSite> sites,
        ReviewLedger ledger) {
    public ReportInput {
        coveredPercentByTownship = Map.copyOf(coveredPercentByTownship);
        unassignedTownships = Set.copyOf(unassignedTownships);
        sites = List.copyOf(sites);
    }

    /** The project alone: listed jurisdiction, no coverage figures, no demonstration sites. */
    public static ReportInput of(Project project) {
        DivisionPlaces places = DivisionPlaces.of(project);
        return new ReportInput(project, places, Jurisdiction.asListed(places), Map.of(), Set.of(), List.of(),
                new ReviewLedger(List.of()));
    }

    public ReportInput withJurisdiction(Jurisdiction byDate) {
        return new ReportInput(project, places, byDate, coveredPercentByTownship, unassignedTownships, sites,
                ledger);
    }

    /** With the covered share (percent) of each township that has 乡镇干部包村 areas. */
    public ReportInput withCoverage(Map<String, Double> percentByTownship) {
        return withCoverage(percentByTownship, Set.of());
    }

    /**
     * With the covered share (percent) of each township that has 乡镇干部包村 areas, and the codes of the townships
     * that have none yet (未分配: reported apart, never as 0 % covered).
     */
    public ReportInput withCoverage(Map<String, Double> percentByTownship, Set<String> unassigned) {
        return new ReportInput(project, places, jurisdiction, percentByTownship, unassigned, sites, ledger);
    }

    public ReportInput withReviews(List<DemonstrationSite> reviewSites, ReviewLedger verdicts) {
        return new ReportInput(project, places, jurisdiction, coveredPercentByTownship, unassignedTownships,
                reviewSites, verdicts);
    }
}
