package rectimap.print;

import rectimap.model.style.Rgba;
import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;
import rectimap.render.TextExtent;

/**
 * Draws a {@link SheetTable}: its title, a shaded header row and ruled rows, columns sharing the width by the
 * length of their longest cell; cells too long are shortened with "…", rows that do not fit are counted in a last
 * "另有 n 条未列出" line.
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
        double[] widths = columnWidths(table, box.width());
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

    /**
     * Column widths in mm, shared by each column's longest text in characters, at least its header plus one and at
     * most {@link #LONGEST_CELL_CHARS} (one long unit name must not squeeze the names and phones out).
     */
    static double[] columnWidths(SheetTable table, double totalMm) {
        int columns = table.headers().size();
        double[] weight = new double[columns];
        double sum = 0;
        for (int c = 0; c < columns; c++) {
            double longest = 0;
            for (java.util.List<String> row : table.rows()) {
                longest = Math.max(longest, row.get(c).length());
            }
            weight[c] = Math.max(table.headers().get(c).length() + 1, Math.min(longest, LONGEST_CELL_CHARS));
            sum += weight[c];
        }
        double[] widths = new double[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = totalMm * weight[c] / sum;
        }
        return widths;
    }
}
