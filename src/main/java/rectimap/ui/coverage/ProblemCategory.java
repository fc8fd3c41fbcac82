package rectimap.ui.coverage;

import java.util.List;
import rectimap.campaign.coverage.CoverageReport;

/** The groups the problems list shows one at a time. */
enum ProblemCategory {
    GAPS_AND_OVERLAPS("coverage.category.open"),
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

    /** The rows of this group in {@code report}: largest pieces first, villages by township, roads by level. */
    List<ProblemRow> rows(CoverageReport report) {
        return switch (this) {
            case GAPS_AND_OVERLAPS -> report.problems().stream().filter(p -> !p.kind().isSliver())
                    .map(p -> (ProblemRow) new ProblemRow.Piece(p)).toList();
            case SLIVERS -> report.slivers().stream().map(p -> (ProblemRow) new ProblemRow.Piece(p)).toList();
            case VILLAGES -> report.villages().stream().map(v -> (ProblemRow) new ProblemRow.Village(v)).toList();
            case ROADS -> report.roads().stream().filter(r -> r.uncoveredM() > 0)
                    .map(r -> (ProblemRow) new ProblemRow.Road(r)).toList();
        };
    }
}
