package rectimap.campaign.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a site's printed review sheet (示范审查单) says besides its map: a title ("解州镇 示范审查单"), a subtitle (kind,
 * township, code, current verdict), the plan-item table (三面, 类型, 进度, 数量) and the verdict history (时间, 审查人,
 * 结论, 意见), newest first, times in {@code zone}. Chinese, as the sheets are. Pure.
 */
public record ReviewSheetData(String title, String subtitle, List<String> planHeaders, List<List<String>> planRows,
        List<String> historyHeaders, List<List<String>> historyRows) {
    public static final String PLAN_TITLE = "规划项目";
    public static final String HISTORY_TITLE = "审查记录";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static ReviewSheetData of(DemonstrationSite site, List<PlanItem> items, ReviewLedger ledger, ZoneId zone) {
        List<List<String>> plan = new ArrayList<>();
        for (PlanItem item : items) {
            plan.add(List.of(item.surface().label(), item.kind(), item.status(), quantities(item)));
        }
        List<List<String>> history = new ArrayList<>();
        List<VerdictRecord> records = ledger.history(site.key());
        for (int i = records.size() - 1; i >= 0; i--) {
            VerdictRecord r = records.get(i);
            history.add(List.of(TIME.format(r.recordedAt().atZone(zone)), r.reviewer(), r.verdict().label(),
                    r.comment()));
        }
        String subtitle = site.kind().label() + " · " + site.townshipName() + " · " + site.code() + " · 当前结论："
                + ledger.current(site.key()).label();
        return new ReviewSheetData(site.name() + " 示范审查单", subtitle, List.of("三面", "类型", "进度", "数量"), plan,
                List.of("时间", "审查人", "结论", "意见"), history);
    }

    /** "48处 3600m²": the quantities the item has. */
    public static String quantities(PlanItem item) {
        List<String> parts = new ArrayList<>();
        if (item.places() != null) {
            parts.add(number(item.places()) + "处");
        }
        if (item.tonnes() != null) {
            parts.add(number(item.tonnes()) + "吨");
        }
        if (item.areaM2() != null) {
            parts.add(number(item.areaM2()) + "m²");
        }
        if (item.km() != null) {
            parts.add(number(item.km()) + "km");
        }
        return String.join(" ", parts);
    }

    private static String number(Number value) {
        double d = value.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(Math.round(d * 100) / 100.0);
    }
}
