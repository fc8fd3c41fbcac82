package rectimap.print;

import rectimap.model.style.Rgba;
import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;
import rectimap.render.TextExtent;

/**
 * Draws a {@link SheetTable}: its title, a shaded header row and ruled rows, each column as wide as its heading
 * (measured) plus a share of the rest by its longest cell; cells too long are shortened with "…", rows that do not
 * fit are counted in a last "另有 n 条未列出" line.
 */
final class SheetTablePainter {

    private static final double TITLE_MM = 3.0;
    private static final double TEXT_MM = 2.2;
    private static final double ROW_MM = 4.2;
    private static final double CELL_PAD_MM = 0.8;
    private static final Rgba HEADER_FILL = Rgba.hex("#eeeeee");
    private static final Rgba RULE = Rgba.hex("#9e9e9e");
    private static final double LONGEST_CELL_CHARS = 11;

    private SheetTablePainter() {
    }

    /** The height in mm the whole table needs: its title, header and every row. */
    static double heightMm(SheetTable table, double textScale, DrawingSurface surface) {
        double upm = surface.unitsPerMm();
        double scale = Math.sqrt(textScale);
        double title = surface.measureText(table.title(), TITLE_MM * scale * upm, FontWeight.BOLD).height() / upm;
        return title + 1 + ROW_MM * scale * (1 + table.rows().size());
    }

    /** Paints the table into {@code box} (mm) and returns the bottom (mm) of what it used. */
    static double paint(SheetTable table, double textScale, SheetText text, DrawingSurface surface, MmBox box) {
        double upm = surface.unitsPerMm();
        double scale = Math.sqrt(textScale);
        double row = ROW_MM * scale;
        double titleSize = TITLE_MM * scale * upm;
        TextExtent title = surface.measureText(table.title(), titleSize, FontWeight.BOLD);
        if (box.height() < title.height() / upm + 2 * row) {
            return box.y();
        }
        surface.text(table.title(), box.x() * upm, box.y() * upm + title.ascent(), titleSize, FontWeight.BOLD,
                SheetPainter.INK, Rgba.TRANSPARENT, 0);
        double y = box.y() + title.height() / upm + 1;
        double textSize = TEXT_MM * scale * upm;
        double[] widths = columnWidths(table, box.width(), (cell, weight) ->
                surface.measureText(cell, textSize, weight).width() / upm + 2 * CELL_PAD_MM);
        SheetPainter.rectangle(surface, new MmBox(box.x(), y, box.width(), row), upm);
        surface.fill(HEADER_FILL);
        drawRow(surface, table.headers(), widths, box.x(), y, row, scale, FontWeight.BOLD);
        y += row;
        int fit = (int) Math.floor((box.bottom() - y) / row);
        int shown = table.rows().size() <= fit ? table.rows().size() : Math.max(0, fit - 1);
        for (int r = 0; r < shown; r++) {
            drawRow(surface, table.rows().get(r), widths, box.x(), y, row, scale, FontWeight.NORMAL);
            y += row;
        }
        if (shown < table.rows().size()) {
            surface.text(text.format("table.more", table.rows().size() - shown),
                    (box.x() + CELL_PAD_MM) * upm, (y + row * 0.7) * upm, TEXT_MM * scale * upm,
                    FontWeight.NORMAL, SheetPainter.MUTED, Rgba.TRANSPARENT, 0);
            y += row;
        }
        return y;
    }

    private static void drawRow(DrawingSurface surface, java.util.List<String> cells, double[] widths, double left,
                                double top, double row, double scale, FontWeight weight) {
        double upm = surface.unitsPerMm();
        double size = TEXT_MM * scale * upm;
        double x = left;
        for (int c = 0; c < cells.size(); c++) {
            String cell = TextFitting.fit(surface, cells.get(c), size, weight, (widths[c] - 2 * CELL_PAD_MM) * upm);
            surface.text(cell, (x + CELL_PAD_MM) * upm, (top + row * 0.7) * upm, size, weight, SheetPainter.INK,
                    Rgba.TRANSPARENT, 0);
            x += widths[c];
        }
        surface.beginPath();
        surface.moveTo(left * upm, (top + row) * upm);
        surface.lineTo(x * upm, (top + row) * upm);
        surface.stroke(RULE, 0.15 * upm);
    }

    /** The width in mm a cell's text needs on the sheet, padding included. */
    interface CellWidth {
        double mm(String text, FontWeight weight);
    }

    /**
     * Column widths in mm. Each column first gets its header's measured width (bold), so no heading is shortened
     * (an English "Phone" is wider than its two-character 电话 and was cut to "Pho…"); what is left is shared by how
     * much more each column's longest cell needs, at most {@link #LONGEST_CELL_CHARS} characters' worth (one long
     * unit name must not squeeze the names and phones out). When even the headers do not fit they share the width
     * in proportion.
     */
    static double[] columnWidths(SheetTable table, double totalMm, CellWidth measure) {
        int columns = table.headers().size();
        double[] header = new double[columns];
        double[] more = new double[columns];
        double headers = 0;
        double wanted = 0;
        double cap = measure.mm("国".repeat((int) LONGEST_CELL_CHARS), FontWeight.NORMAL);
        for (int c = 0; c < columns; c++) {
            header[c] = measure.mm(table.headers().get(c), FontWeight.BOLD);
            double longest = 0;
            for (java.util.List<String> row : table.rows()) {
                longest = Math.max(longest, measure.mm(row.get(c), FontWeight.NORMAL));
            }
            more[c] = Math.max(0, Math.min(longest, cap) - header[c]);
            headers += header[c];
            wanted += more[c];
        }
        double[] widths = new double[columns];
        double left = totalMm - headers;
        for (int c = 0; c < columns; c++) {
            if (left <= 0) {
                widths[c] = totalMm * header[c] / headers;
            } else if (wanted <= 0) {
                widths[c] = header[c] + left / columns;
            } else {
                widths[c] = header[c] + left * more[c] / wanted;
            }
        }
        return widths;
    }
}
