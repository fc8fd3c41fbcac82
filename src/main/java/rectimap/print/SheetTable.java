package rectimap.print;

import java.util.List;
import java.util.Objects;

/**
 * A table printed on a sheet: a title, column headers and rows of cell texts (each row as long as the headers).
 * The responsibility table (区域, 责任人, 单位, 电话) is one; later parts (e.g. a review's plan items) add their own.
 * Immutable.
 */
public record SheetTable(String title, List<String> headers, List<List<String>> rows) {
    public SheetTable {
        Objects.requireNonNull(title, "title");
        headers = List.copyOf(headers);
        int columns = headers.size();
        rows = rows.stream().map(row -> {
            if (row.size() != columns) {
                throw new IllegalArgumentException("a table row needs " + columns + " cells: " + row);
            }
            return List.copyOf(row.stream().map(cell -> cell == null ? "" : cell).toList());
        }).toList();
    }
}
