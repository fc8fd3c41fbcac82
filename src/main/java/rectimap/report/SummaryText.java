package rectimap.report;

import rectimap.campaign.coverage.CoverageState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report's text summary in the words of the campaign's work summary, every number taken from the figures
 * ("截至2026年11月29日，全区城乡共累计清理垃圾 12 处 35.5 吨，整修道路 2.4 公里……"). Cleanup figures are the completed
 * work (完成, 验收); work still planned or under way is named after them. A clause whose figures are all zero is left
 * out, as the summary would. Chinese only: it is the document's own language. Pure.
 */
public final class SummaryText {
    private SummaryText() {
    }

    public static String chinese(ReportFigures figures) {
        ReportFilter filter = figures.filter();
        StringBuilder text = new StringBuilder();
        text.append(period(filter)).append('，');
        text.append(figures.scopeName() == null ? "全区" : figures.scopeName());
        if (filter.phase() != null) {
            text.append('在').append(filter.phase()).append('中');
        }
        List<String> work = new ArrayList<>();
        CleanupTotal garbage = figures.completed("垃圾清理");
        addPlacesTonnes(work, "清理垃圾", garbage);
        addPlacesTonnes(work, "清运建筑垃圾", figures.completed("建筑垃圾"));
        CleanupTotal roads = figures.completed("道路整修");
        if (roads.km() > 0) {
            work.add("整修道路 " + q(roads.km()) + " 公里");
        }
        addPlacesArea(work, "美化墙面", figures.completed("墙面美化"), "平米");
        addPlacesArea(work, "拆除残墙断壁", figures.completed("残墙断壁"), "平米");
        CleanupTotal green = figures.completed("绿化");
        if (green.features() > 0) {
            work.add("整理林带绿化用地 " + q(green.areaM2()) + " 平方米");
        }
        CleanupTotal sewage = figures.completed("污水治理");
        if (sewage.features() > 0) {
            work.add("治污水 " + q(sewage.places()) + " 处");
        }
        text.append(work.isEmpty() ? "城乡整治尚无已完成的工作量" : "城乡共累计" + String.join("，", work)).append('。');
        int open = figures.cleanup().stream().mapToInt(CleanupTotal::features).sum()
                - figures.cleanupCompleted().stream().mapToInt(CleanupTotal::features).sum();
        if (open > 0) {
            text.append("另有 ").append(open).append(" 个整治片区正在实施或列入计划。");
        }
        text.append(demolitions(figures));
        text.append(cases(figures));
        text.append(demonstration(figures));
        text.append(coverage(figures));
        return text.toString();
    }

    private static String demolitions(ReportFigures figures) {
        DemolitionTotal removed = sum(figures, "自行拆除", "强制拆除", "销号");
        DemolitionTotal forced = sum(figures, "强制拆除");
        DemolitionTotal judicial = sum(figures, "司法程序");
        DemolitionTotal noticed = sum(figures, "公告");
        if (figures.demolitionSites() == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder("拆除违章建筑 " + removed.sites() + " 处 " + q(removed.buildingM2())
                + " 平米");
        if (forced.sites() > 0) {
            text.append("，其中依法强制拆除 ").append(forced.sites()).append(" 处 ").append(q(forced.buildingM2()))
                    .append(" 平米");
        }
        if (noticed.sites() > 0) {
            text.append("，").append(noticed.sites()).append(" 处已发布公告限期自行拆除");
        }
        if (judicial.sites() > 0) {
            text.append("，").append(judicial.sites()).append(" 处已经进入司法程序");
        }
        return text.append("。").toString();
    }

    private static String cases(ReportFigures figures) {
        if (figures.caseCount() == 0) {
            return "";
        }
        int closed = figures.cases().stream().filter(c -> StatisticsReport.CASE_STATUSES.indexOf(c.status()) >= 3)
                .mapToInt(CaseTotal::cases).sum();
        return "受理督办案件 " + figures.caseCount() + " 件，已按时办结销号 " + closed + " 件，逾期未办结 "
                + figures.overdueCases() + " 件。";
    }

    private static String demonstration(ReportFigures figures) {
        int sites = figures.demonstration().stream().mapToInt(DemonstrationProgress::sites).sum();
        if (sites == 0) {
            return "";
        }
        List<String> kinds = new ArrayList<>();
        figures.demonstration().stream().filter(d -> d.sites() > 0)
                .forEach(d -> kinds.add(d.label() + " " + d.sites() + " 个"));
        int approved = figures.demonstration().stream().mapToInt(DemonstrationProgress::approved).sum();
        int returned = figures.demonstration().stream().mapToInt(DemonstrationProgress::returned).sum();
        return "确定" + String.join("、", kinds) + "，审查通过 " + approved + " 个，退回修改 " + returned + " 个，待审 "
                + (sites - approved - returned) + " 个。";
    }

    /**
     * "责任区覆盖：已分配乡镇干部包村责任区的 2 个乡镇（街道）中 1 个实现全覆盖，覆盖率最低的是龙居镇（0.3%）；另有 20 个乡镇（街道）
     * 尚未分配。" Townships with no cadre area yet are counted apart as 未分配, never as the lowest coverage.
     */
    private static String coverage(ReportFigures figures) {
        List<TownshipRow> known = figures.townships().stream().filter(t -> t.coverage() != null).toList();
        if (known.isEmpty()) {
            return "";
        }
        List<TownshipRow> assigned = known.stream().filter(t -> t.coverage() != CoverageState.UNASSIGNED
                && t.coveredPercent() != null).toList();
        long unassigned = known.stream().filter(t -> t.coverage() == CoverageState.UNASSIGNED).count();
        StringBuilder text = new StringBuilder("责任区覆盖：");
        if (!assigned.isEmpty()) {
            long full = assigned.stream().filter(t -> t.coverage() == CoverageState.COVERED).count();
            text.append("已分配乡镇干部包村责任区的 ").append(assigned.size()).append(" 个乡镇（街道）中 ").append(full)
                    .append(" 个实现全覆盖");
            if (full == assigned.size()) {
                text.append("，不留空白、消除死角");
            } else {
                TownshipRow lowest = assigned.stream()
                        .min(java.util.Comparator.comparingDouble(TownshipRow::coveredPercent)).orElseThrow();
                text.append("，覆盖率最低的是").append(lowest.name()).append("（").append(q(lowest.coveredPercent()))
                        .append("%）");
            }
        }
        if (unassigned > 0) {
            text.append(assigned.isEmpty() ? "" : "；另有 ").append(unassigned).append(" 个乡镇（街道）尚未分配包村责任区");
        }
        return text.append("。").toString();
    }

    private static void addPlacesTonnes(List<String> work, String verb, CleanupTotal total) {
        if (total.features() > 0) {
            work.add(verb + " " + q(total.places()) + " 处" + (total.tonnes() > 0 ? " " + q(total.tonnes()) + " 吨" : ""));
        }
    }

    private static void addPlacesArea(List<String> work, String verb, CleanupTotal total, String unit) {
        if (total.features() > 0) {
            work.add(verb + " " + q(total.places()) + " 处" + (total.areaM2() > 0 ? " " + q(total.areaM2()) + " " + unit
                    : ""));
        }
    }

    private static DemolitionTotal sum(ReportFigures figures, String... statuses) {
        List<String> wanted = List.of(statuses);
        return figures.demolitions().stream().filter(d -> wanted.contains(d.status()))
                .reduce(new DemolitionTotal("", 0, 0),
                        (a, b) -> new DemolitionTotal("", a.sites() + b.sites(), a.buildingM2() + b.buildingM2()));
    }

    private static String period(ReportFilter filter) {
        if (filter.from() != null) {
            return date(filter.from()) + "至" + date(Objects.requireNonNullElse(filter.to(), filter.asOf()));
        }
        return "截至" + date(filter.asOf());
    }

    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String q(double value) {
        return ChineseQuantity.format(value);
    }
}
