package rectimap.ui.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.campaign.coverage.CoverageKind;
import rectimap.campaign.coverage.CoverageProblem;
import rectimap.campaign.coverage.CoverageReport;
import rectimap.campaign.coverage.ProblemKind;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/** What the gate before printing and exporting lists: open gaps and overlaps, overdue cases; nothing when clean. */
class OpenProblemsGateTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static CoverageProblem problem(ProblemKind kind, double areaM2) {
        return new CoverageProblem(kind, CoverageKind.CADRE_VILLAGE, "140802100000", "解州镇",
                FACTORY.toGeometry(new Envelope(110.9, 110.91, 35.0, 35.01)), areaM2, List.of(1L));
    }

    private static CoverageReport report(CoverageProblem... problems) {
        return new CoverageReport(LocalDate.of(2026, 11, 29), 1.0, List.of(problems), List.of(), List.of(), List.of());
    }

    @Test
    void aCleanProjectWithNoOverdueCasesPassesWithoutAsking() {
        OpenProblemsGate gate = new OpenProblemsGate(new Messages(UiLanguage.ZH),
                () -> report(problem(ProblemKind.SLIVER_GAP, 0.4)), () -> 0);

        assertThat(gate.openProblems()).isEmpty();
    }

    @Test
    void openGapsOverlapsAndOverdueCasesAreListed() {
        CoverageProblem[] many = new CoverageProblem[11];
        many[0] = problem(ProblemKind.OVERLAP, 250);
        for (int i = 1; i < many.length; i++) {
            many[i] = problem(ProblemKind.GAP, 1000 * i);
        }
        OpenProblemsGate gate = new OpenProblemsGate(new Messages(UiLanguage.ZH), () -> report(many), () -> 2);

        assertThat(gate.openProblems()).hasValueSatisfying(text -> assertThat(text)
                .contains("空白 10 处，共 82.5 亩；重叠 1 处", "• 重叠（乡镇干部包村）解州镇 0.4 亩", "……还有 3 处",
                        "逾期未办结的督办件 2 件"));
        assertThat(new OpenProblemsGate(new Messages(UiLanguage.EN), () -> report(many), () -> 0).openProblems())
                .hasValueSatisfying(text -> assertThat(text).contains("10 gaps", "…and 3 more", "overlap (cadres for villages) 解州镇 0.4 mu"));
    }
}
