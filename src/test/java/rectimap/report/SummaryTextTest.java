package rectimap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The text summary says the computed numbers, in the source document's words. */
class SummaryTextTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void summaryCarriesTheComputedCompletedWork() {
        ReportFigures figures = StatisticsReport.compute(ReportInput.of(StatisticsReportTest.planted()),
                ReportFilter.all(TODAY));
        String text = SummaryText.chinese(figures);

        CleanupTotal garbage = figures.completed("垃圾清理");
        assertThat(text).startsWith("截至2026年11月29日，全区城乡共累计");
        assertThat(text).contains("清理垃圾 " + garbage.places() + " 处 " + ChineseQuantity.format(garbage.tonnes())
                + " 吨");
        assertThat(text).contains("清理垃圾 42 处 115.8 吨", "整修道路 6.8 公里", "美化墙面 48 处 3600 平米");
        assertThat(text).contains("另有 1 个整治片区正在实施或列入计划");
        assertThat(text).contains("拆除违章建筑 3 处 1045.5 平米", "其中依法强制拆除 2 处 1000.5 平米", "1 处已经进入司法程序");
        assertThat(text).contains("受理督办案件 3 件，已按时办结销号 1 件，逾期未办结 1 件");
    }

    @Test
    void rangeAndTownshipAndPhaseShowInTheOpening() {
        ReportFigures figures = StatisticsReport.compute(ReportInput.of(StatisticsReportTest.planted()),
                ReportFilter.of(PlantedDistrict.TOWN_B, "攻坚行动", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31),
                        TODAY));
        assertThat(SummaryText.chinese(figures))
                .startsWith("2026年6月1日至2026年7月31日，乙乡在攻坚行动中城乡共累计整修道路 4.5 公里。");
    }

    @Test
    void quantitiesFollowTheSummarysStyle() {
        assertThat(ChineseQuantity.format(171_000)).isEqualTo("17.1万");
        assertThat(ChineseQuantity.format(2901)).isEqualTo("2901");
        assertThat(ChineseQuantity.format(484_000)).isEqualTo("48.4万");
        assertThat(ChineseQuantity.format(35.5)).isEqualTo("35.5");
        assertThat(ChineseQuantity.format(7996)).isEqualTo("7996");
    }
}
