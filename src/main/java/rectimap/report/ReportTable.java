package rectimap.report;

import java.util.List;

/**
 * One table of the report as text cells, ready for a ledger file (CSV, XLSX) or a printed sheet: a title, column
 * headers and rows of the same width. Numbers are plain (no 万), so a spreadsheet reads them as numbers.
 */
public record ReportTable(String title, List<String> headers, List<List<String>> rows) {
    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(title + ": a row has " + row.size() + " cells for "
                        + headers.size() + " columns");
            }
        }
    }
}
