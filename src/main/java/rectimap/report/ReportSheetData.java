package rectimap.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as a printed sheet says it: a title, a subtitle (period and scope), the summary in short lines, and compact tables narrow enough for a sheet's side panel (cleanup by kind with 处/吨/m²/km, demolitions
 * and cases by status, demonstration progress). Pure.
 */
public record ReportSheetData(String title, String subtitle, List<String> sentences, List<ReportTable> tables) {
    /** Characters per summary line on a sheet. */
    static final int LINE = 30;

    public static ReportSheetData of(ReportFigures figures) {
        String text = SummaryText.chinese(figures);
        List<String> sentences = new ArrayList<>();
        for (String sentence : text.split("(?<=。)")) {
            // A sheet's side panel is narrow: a sentence goes in lines of at most LINE characters.
            for (int start = 0; start < sentence.length(); start += LINE) {
                sentences.add(sentence.substring(start, Math.min(sentence.length(), start + LINE)));
            }
        }
        String scope = figures.scopeName() == null ? "全区" : figures.scopeName();
        String phase = figures.filter().phase() == null ? "" : " · " + figures.filter().phase();
        List<ReportTable> all = ReportTables.of(figures);
        ReportTable kinds = all.get(0);
        List<List<String>> kindRows = kinds.rows().stream().map(r -> List.of(r.get(0), r.get(2), r.get(3), r.get(4),
                r.get(5))).toList();
        List<ReportTable> compact = List.of(
                new ReportTable(kinds.title(), List.of("类型", "处", "吨", "面积（m²）", "里程（km）"), kindRows),
                all.get(1), all.get(2), all.get(3));
        // The summary always opens with its period ("截至…," or "…至…,").
        String period = text.substring(0, Math.max(0, text.indexOf(',')));
        return new ReportSheetData(scope + "城乡环境整治统计报表", period + " · " + scope + phase, sentences, compact);
    }
}
