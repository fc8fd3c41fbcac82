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

/**
 * The coverage panel's summary opens with the 乡镇干部包村 township figures; its gap count covers every kind of
 * responsibility, so it says how many gaps each kind has (on the sample, one of the three gaps is 区领导包乡镇's and
 * the sentence read as if all three were the cadres').
 */
class CoverageSummaryTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static CoverageProblem gap(CoverageKind kind, String parent, double areaM2) {
        return new CoverageProblem(ProblemKind.GAP, kind, "1408021", parent,
                FACTORY.toGeometry(new Envelope(110.9, 110.91, 35.0, 35.01)), areaM2, List.of(1L));
    }

    private static CoverageReport sample() {
        return new CoverageReport(LocalDate.of(2026, 12, 7), 1.0,
                List.of(gap(CoverageKind.CADRE_VILLAGE, "解州镇", 83_100_000),
                        gap(CoverageKind.LEADER_TOWNSHIP, "盐湖区", 22_100_000),
                        gap(CoverageKind.CADRE_VILLAGE, "解州镇", 2_700_000)),
                List.of(), List.of(), List.of());
    }

    @Test
    void theGapCountSaysHowManyGapsEachKindOfResponsibilityHas() {
        String text = CoverageSummary.text(new Messages(UiLanguage.ZH), sample());

        assertThat(text).contains("空白 3 处（乡镇干部包村 2 处、区领导包乡镇 1 处），共 107.9 km²");
    }

    @Test
    void inEnglishTheKindsAreNamedInEnglish() {
        String text = CoverageSummary.text(new Messages(UiLanguage.EN), sample());

        assertThat(text).contains("3 gaps (cadres for villages 2, district leaders for townships 1)");
    }
}
