package rectimap.ui.coverage;

import java.util.List;
import rectimap.campaign.coverage.CoverageKind;
import rectimap.campaign.coverage.CoverageReport;
import rectimap.campaign.coverage.ParentCoverage;

/** The groups the problems list shows one at a time. */
enum ProblemCategory {
    GAPS_AND_OVERLAPS("coverage.category.open"),
    TOWNSHIPS("coverage.category.townships"),
    SLIVERS("coverage.category.slivers"),
    VILLAGES("coverage.category.villages"),
    ROADS("coverage.category.roads");

    private final String messageKey;

    ProblemCategory(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

    /** Partly covered townships first (they have gaps to close), then those not assigned, then the covered. */
    private static int attention(ParentCoverage township) {
        return switch (township.state()) {
            case PARTLY_COVERED -> 0;
            case UNASSIGNED -> 1;
            case COVERED -> 2;
        };
    }

    /** The rows of this group in {@code report} ({@code zoneName}: a responsibility area's name by id): largest pieces first, villages by township, roads by level. */
    List<ProblemRow> rows(CoverageReport report, java.util.function.LongFunction<String> zoneName) {
        return switch (this) {
            case GAPS_AND_OVERLAPS -> report.problems().stream().filter(p -> !p.kind().isSliver())
                    .map(p -> (ProblemRow) new ProblemRow.Piece(p, p.zoneIds().stream().map(zoneName::apply).toList())).toList();
            case TOWNSHIPS -> report.parents().stream().filter(p -> p.coverage() == CoverageKind.CADRE_VILLAGE)
                    .sorted(java.util.Comparator.comparingInt(ProblemCategory::attention)
                            .thenComparing(ParentCoverage::coveredPercent))
                    .map(p -> (ProblemRow) new ProblemRow.Township(p)).toList();
            case SLIVERS -> report.slivers().stream().map(p -> (ProblemRow) new ProblemRow.Piece(p, p.zoneIds().stream().map(zoneName::apply).toList())).toList();
            case VILLAGES -> report.villages().stream().map(v -> (ProblemRow) new ProblemRow.Village(v)).toList();
            case ROADS -> report.roads().stream().filter(r -> r.uncoveredM() > 0)
                    .map(r -> (ProblemRow) new ProblemRow.Road(r)).toList();
        };
    }
}
