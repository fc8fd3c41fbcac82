package rectimap.report;

import rectimap.campaign.coverage.CoverageState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's figures as tables with Chinese headers (the ledgers go to the campaign office as they are): cleanup
 * work by kind, demolitions by status, cases by status, demonstration progress, and one row per township. Pure.
 */
public final class ReportTables {
    private ReportTables() {
    }

    public static List<ReportTable> of(ReportFigures figures) {
        List<ReportTable> tables = new ArrayList<>();
        List<List<String>> cleanup = new ArrayList<>();
        for (CleanupTotal all : figures.cleanup()) {
            CleanupTotal done = figures.completed(all.kind());
            cleanup.add(List.of(all.kind(), n(all.features()), n(all.places()), n(all.tonnes()), n(all.areaM2()),
                    n(all.km()), n(done.places()), n(done.tonnes()), n(done.areaM2()), n(done.km())));
        }
        tables.add(new ReportTable("整治工作量（按类型）", List.of("类型", "片区数", "处", "吨", "面积（m²）", "里程（km）",
                "已完成 处", "已完成 吨", "已完成 面积（m²）", "已完成 里程（km）"), cleanup));
        tables.add(new ReportTable("拆违（按状态）", List.of("状态", "处", "建筑面积（m²）"), figures.demolitions().stream()
                .map(d -> List.of(d.status(), n(d.sites()), n(d.buildingM2()))).toList()));
        tables.add(new ReportTable("督办件（按状态）", List.of("状态", "件数", "逾期"), figures.cases().stream()
                .map(c -> List.of(c.status(), n(c.cases()), n(c.overdue()))).toList()));
        tables.add(new ReportTable("示范审查进度", List.of("类别", "数量", "通过", "退回修改", "待审"),
                figures.demonstration().stream().map(d -> List.of(d.label(), n(d.sites()), n(d.approved()),
                        n(d.returned()), n(d.pending()))).toList()));
        tables.add(new ReportTable("分乡镇统计", List.of("代码", "乡镇（街道）", "整治 处", "吨", "面积（m²）", "里程（km）",
                "拆违 处", "拆违面积（m²）", "督办件", "逾期", "责任区覆盖率（%）", "示范点", "审查通过"),
                figures.townships().stream().map(t -> List.of(t.code(), t.name(), n(t.cleanup().places()),
                        n(t.cleanup().tonnes()), n(t.cleanup().areaM2()), n(t.cleanup().km()),
                        n(t.demolitions().sites()), n(t.demolitions().buildingM2()), n(t.cases().cases()),
                        n(t.cases().overdue()), coverageCell(t),
                        n(t.demonstration().sites()), n(t.demonstration().approved()))).toList()));
        return tables;
    }

    /** The township's covered percent, "未分配" when it has no 乡镇干部包村 area yet, "" when not computed. */
    private static String coverageCell(TownshipRow township) {
        if (township.coverage() == CoverageState.UNASSIGNED) {
            return CoverageState.UNASSIGNED.label();
        }
        return township.coveredPercent() == null ? "" : n(township.coveredPercent());
    }

    /** A plain number: integers without decimals, others to 2 decimals (m², t, km and percent need no more). */
    static String n(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
