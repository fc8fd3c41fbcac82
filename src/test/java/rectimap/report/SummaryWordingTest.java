package rectimap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import rectimap.print.PrintFixtureAccess;

/**
 * The summary reads as a Chinese document: full-width punctuation (no ASCII comma, colon or bracket against a Chinese
 * character) for every kind of input; townships without a 乡镇干部包村 area are 未分配, told apart, never "0 %".
 */
class SummaryWordingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    /** An ASCII , ; : ( or ) with a Chinese character on either side (spaces between allowed). */
    private static final Pattern ASCII_IN_CHINESE = Pattern.compile(
            "\\p{IsHan}\\s*[,;:()]|[,;:()]\\s*\\p{IsHan}");

    private static List<String> summaries() {
        ReportInput planted = ReportInput.of(StatisticsReportTest.planted());
        ReportInput sample = ReportInputs.withCoverage(ReportInput.of(PrintFixtureAccess.project()), TODAY);
        return List.of(
                SummaryText.chinese(StatisticsReport.compute(planted, ReportFilter.all(TODAY))),
                SummaryText.chinese(StatisticsReport.compute(planted.withCoverage(
                        Map.of(PlantedDistrict.TOWN_A, 100.0, PlantedDistrict.TOWN_B, 87.5)), ReportFilter.all(TODAY))),
                SummaryText.chinese(StatisticsReport.compute(planted, ReportFilter.of(PlantedDistrict.TOWN_B,
                        "攻坚行动", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31), TODAY))),
                SummaryText.chinese(StatisticsReport.compute(sample, ReportFilter.all(TODAY))),
                SummaryText.chinese(StatisticsReport.compute(ReportInput.of(PrintFixtureAccess.project()),
                        ReportFilter.all(TODAY))));
    }

    @Test
    void noAsciiPunctuationBetweenChineseCharacters() {
        for (String summary : summaries()) {
            assertThat(ASCII_IN_CHINESE.matcher(summary).find()).as(summary).isFalse();
            assertThat(summary).contains("，").endsWith("。");
        }
    }

    @Test
    void townshipsWithoutCadreAreasAreReportedAsUnassignedNotAsTheLowest() {
        ReportInput sample = ReportInputs.withCoverage(ReportInput.of(PrintFixtureAccess.project()), TODAY);
        ReportFigures figures = StatisticsReport.compute(sample, ReportFilter.all(TODAY));
        String text = SummaryText.chinese(figures);

        assertThat(text).contains("已分配乡镇干部包村责任区的 1 个乡镇（街道）中 0 个实现全覆盖，覆盖率最低的是解州镇（",
                "另有 21 个乡镇（街道）尚未分配包村责任区").doesNotContain("(0%)", "（0%）");
        assertThat(figures.townships()).filteredOn(t -> !t.name().equals("解州镇"))
                .allSatisfy(t -> assertThat(t.coverage()).isEqualTo(rectimap.campaign.coverage.CoverageState.UNASSIGNED));
    }

    @Test
    void allTownshipsUnassignedIsSaidAsSuch() {
        ReportInput planted = ReportInput.of(StatisticsReportTest.planted()).withCoverage(Map.of(),
                Set.of(PlantedDistrict.TOWN_A, PlantedDistrict.TOWN_B));
        String text = SummaryText.chinese(StatisticsReport.compute(planted, ReportFilter.all(TODAY)));
        assertThat(text).endsWith("责任区覆盖：2 个乡镇（街道）尚未分配包村责任区。");
    }
}
