package rectimap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static rectimap.report.PlantedDistrict.TOWN_A;
import static rectimap.report.PlantedDistrict.TOWN_B;
import static rectimap.report.PlantedDistrict.VILLAGE_A1;
import static rectimap.report.PlantedDistrict.VILLAGE_A2;
import static rectimap.report.PlantedDistrict.VILLAGE_B1;
import static rectimap.report.PlantedDistrict.VILLAGE_B2;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import rectimap.model.Project;

/** Report figures on a district built in the test: every figure equals the sum of the planted features. */
class StatisticsReportTest {
    private static final String SUMMER = "攻坚行动";
    private static final String WINTER = "冬季行动";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static Project planted() {
        return new PlantedDistrict()
                .cleanup(VILLAGE_A1, "垃圾清理", SUMMER, "完成", 12L, 35.5, null, null, LocalDate.of(2026, 6, 30))
                .cleanup(VILLAGE_A2, "垃圾清理", SUMMER, "验收", 30L, 80.25, null, null, LocalDate.of(2026, 8, 10))
                .cleanup(VILLAGE_B1, "垃圾清理", WINTER, "进行中", 7L, 10.0, null, null, null)
                .cleanup(VILLAGE_B2, "道路整修", SUMMER, "完成", null, null, null, 4.5, LocalDate.of(2026, 7, 1))
                .cleanup(VILLAGE_A2, "道路整修", WINTER, "完成", null, null, null, 2.25, LocalDate.of(2026, 12, 20))
                .cleanup(VILLAGE_A1, "墙面美化", SUMMER, "完成", 48L, null, 3600.0, null, LocalDate.of(2026, 7, 15))
                .demolition(VILLAGE_A1, "强制拆除", 920.0, LocalDate.of(2026, 6, 2))
                .demolition(VILLAGE_A2, "强制拆除", 80.5, LocalDate.of(2026, 8, 2))
                .demolition(VILLAGE_B1, "自行拆除", 45.0, LocalDate.of(2026, 6, 8))
                .demolition(VILLAGE_B2, "司法程序", 300.0, null)
                .supervisionCase(VILLAGE_A1, "整改中", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1))
                .supervisionCase(VILLAGE_A2, "销号", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))
                .supervisionCase(VILLAGE_B1, "交办", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 5))
                .project();
    }

    @Test
    void districtTotalsAreTheSumsOfThePlantedFeatures() {
        ReportFigures figures = StatisticsReport.compute(ReportInput.of(planted()), ReportFilter.all(TODAY));

        CleanupTotal garbage = figures.cleanup("垃圾清理");
        assertThat(garbage.features()).isEqualTo(3);
        assertThat(garbage.places()).isEqualTo(12 + 30 + 7);
        assertThat(garbage.tonnes()).isCloseTo(35.5 + 80.25 + 10.0, within(1e-9));
        assertThat(figures.completed("垃圾清理").places()).isEqualTo(42);
        assertThat(figures.completed("垃圾清理").tonnes()).isCloseTo(115.75, within(1e-9));
        assertThat(figures.cleanup("道路整修").km()).isCloseTo(6.75, within(1e-9));
        assertThat(figures.cleanup("墙面美化").areaM2()).isEqualTo(3600.0);
        assertThat(figures.cleanup("绿化").features()).isZero();

        assertThat(figures.demolitions("强制拆除").orElseThrow().sites()).isEqualTo(2);
        assertThat(figures.demolitions("强制拆除").orElseThrow().buildingM2()).isCloseTo(1000.5, within(1e-9));
        assertThat(figures.demolitionSites()).isEqualTo(4);
        assertThat(figures.demolitionM2()).isCloseTo(1345.5, within(1e-9));

        assertThat(figures.caseCount()).isEqualTo(3);
        assertThat(figures.overdueCases()).as("整改中 past its 11-01 deadline; 销号 is closed; 交办 not yet due")
                .isEqualTo(1);
    }

    @Test
    void townshipRowsSplitTheTotalsByTheVillageEachFeatureLiesIn() {
        ReportFigures figures = StatisticsReport.compute(ReportInput.of(planted()), ReportFilter.all(TODAY));

        TownshipRow a = figures.township(TOWN_A).orElseThrow();
        TownshipRow b = figures.township(TOWN_B).orElseThrow();
        assertThat(a.cleanup().places()).isEqualTo(12 + 30 + 48);
        assertThat(a.cleanup().km()).isCloseTo(2.25, within(1e-9));
        assertThat(b.cleanup().places()).isEqualTo(7);
        assertThat(b.cleanup().km()).isCloseTo(4.5, within(1e-9));
        assertThat(a.demolitions().sites() + b.demolitions().sites()).isEqualTo(figures.demolitionSites());
        assertThat(a.cases().overdue()).isEqualTo(1);
        assertThat(b.cases().cases()).isEqualTo(1);
    }

    @Test
    void phaseDateRangeAndTownshipFiltersCountOnlyWhatTheyName() {
        Project project = planted();
        ReportFigures winter = StatisticsReport.compute(ReportInput.of(project),
                ReportFilter.of(null, WINTER, null, null, TODAY));
        assertThat(winter.cleanup("垃圾清理").places()).isEqualTo(7);
        assertThat(winter.cleanup("道路整修").km()).isCloseTo(2.25, within(1e-9));

        ReportFigures summerMonths = StatisticsReport.compute(ReportInput.of(project),
                ReportFilter.of(null, null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31), TODAY));
        assertThat(summerMonths.cleanup("垃圾清理").places()).as("only the 06-30 one; undated work is out").isEqualTo(12);
        assertThat(summerMonths.cleanup("道路整修").km()).isCloseTo(4.5, within(1e-9));
        assertThat(summerMonths.demolitionSites()).as("06-02 and 06-08").isEqualTo(2);

        ReportFigures townB = StatisticsReport.compute(ReportInput.of(project),
                ReportFilter.of(TOWN_B, null, null, null, TODAY));
        assertThat(townB.scopeName()).isEqualTo("乙乡");
        assertThat(townB.townships()).extracting(TownshipRow::code).containsExactly(TOWN_B);
        assertThat(townB.cleanup("垃圾清理").places()).isEqualTo(7);
        assertThat(townB.demolitionSites()).isEqualTo(2);
    }

    @Test
    void aVillageMovedToAnotherTownshipCountsThereFromItsEffectiveDate() {
        Jurisdiction moved = (village, date) -> village.equals(VILLAGE_A2) && !date.isBefore(PlantedDistrict.MOVE_DATE)
                ? TOWN_B : village.startsWith("1408021") ? TOWN_A : TOWN_B;
        ReportInput input = ReportInput.of(planted()).withJurisdiction(moved);

        ReportFigures before = StatisticsReport.compute(input, ReportFilter.all(LocalDate.of(2026, 7, 25)));
        ReportFigures after = StatisticsReport.compute(input, ReportFilter.all(LocalDate.of(2026, 7, 26)));

        assertThat(before.township(TOWN_A).orElseThrow().cleanup().places()).isEqualTo(90);
        assertThat(after.township(TOWN_A).orElseThrow().cleanup().places()).as("A2's 30 places left 甲镇")
                .isEqualTo(60);
        assertThat(after.township(TOWN_B).orElseThrow().cleanup().places()).isEqualTo(37);
        assertThat(after.township(TOWN_B).orElseThrow().cleanup().km()).isCloseTo(4.5 + 2.25, within(1e-9));
        assertThat(after.cleanup("垃圾清理").places()).as("the district total does not change")
                .isEqualTo(before.cleanup("垃圾清理").places());
    }

    @Test
    void coveragePercentIsShownPerTownshipWhenComputed() {
        ReportInput input = ReportInput.of(planted()).withCoverage(java.util.Map.of(TOWN_A, 100.0, TOWN_B, 87.5));
        ReportFigures figures = StatisticsReport.compute(input, ReportFilter.all(TODAY));
        assertThat(figures.township(TOWN_A).orElseThrow().coveredPercent()).isEqualTo(100.0);
        assertThat(figures.township(TOWN_B).orElseThrow().coveredPercent()).isEqualTo(87.5);
        assertThat(SummaryText.chinese(figures)).contains("已分配乡镇干部包村责任区的 2 个乡镇（街道）中 1 个实现全覆盖", "乙乡（87.5%）");
    }
}
