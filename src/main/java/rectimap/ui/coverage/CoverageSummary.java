package rectimap.ui.coverage;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import rectimap.campaign.coverage.CoverageKind;
import rectimap.campaign.coverage.CoverageReport;
import rectimap.campaign.coverage.CoverageState;
import rectimap.ui.Messages;

/**
 * The problems panel's summary: how many townships the 乡镇干部包村 zones cover whole, partly, or not yet (未分配 —
 * said plainly, so a township not divided yet reads as a to-do and not as a hole), then gaps with their area in
 * 亩/km² and how many of them each kind of responsibility has, overlaps, slivers, villages without a cadre (in assigned townships) and road length without a department.
 */
final class CoverageSummary {

    private CoverageSummary() {
    }

    static String text(Messages messages, CoverageReport report) {
        Map<CoverageState, Long> townships = report.parents().stream()
                .filter(p -> p.coverage() == CoverageKind.CADRE_VILLAGE)
                .collect(Collectors.groupingBy(p -> p.state(), Collectors.counting()));
        Function<CoverageState, Long> count = state -> townships.getOrDefault(state, 0L);
        return messages.format("coverage.summary", count.apply(CoverageState.COVERED),
                count.apply(CoverageState.PARTLY_COVERED), count.apply(CoverageState.UNASSIGNED),
                report.gaps().size(), ProblemRow.area(report.uncoveredM2(), messages), report.overlapCount(),
                report.slivers().size(), report.villages().size(), ProblemRow.km(report.uncoveredRoadM()),
                gapsByKind(messages, report));
    }

    /** "（乡镇干部包村 2 处、区领导包乡镇 1 处）": the gap count covers every kind, so each kind's share is named. */
    private static String gapsByKind(Messages messages, CoverageReport report) {
        Map<CoverageKind, Long> byKind = report.gaps().stream()
                .collect(Collectors.groupingBy(g -> g.coverage(), () -> new EnumMap<>(CoverageKind.class),
                        Collectors.counting()));
        if (byKind.isEmpty()) {
            return "";
        }
        String parts = byKind.entrySet().stream()
                .map(e -> messages.format("coverage.summary.kindCount", messages.label(e.getKey()),
                        e.getValue()))
                .collect(Collectors.joining(messages.get("coverage.summary.kindSeparator")));
        return messages.format("coverage.summary.byKind", parts);
    }
}
