package rectimap.print;

import java.util.ArrayList;
import java.util.List;
import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;

/**
 * Where each legend row goes so that the whole legend fits its box: rows with figures ("乡镇干部包村 3 处 / 518.2 亩")
 * take the full width, rows that only explain a symbol (村委会, 省道, …) are packed side by side in up to
 * {@link #MAX_COLUMNS} columns as wide as the widest of them measured with the surface's real font metrics, and the
 * whole legend shrinks in steps (down to {@link #MIN_FACTOR} of its size) until it fits. Sizes in mm.
 */
record LegendLayout(double factor, List<Item> items, double bottom, boolean fits) {

    static final double HEADING_MM = 3.4;
    static final double TEXT_MM = 2.4;
    static final double ROW_MM = 4.2;
    static final double SWATCH_W_MM = 6;
    static final double SWATCH_H_MM = 3.2;
    static final double INDENT_MM = 2;
    private static final double COLUMN_GAP_MM = 3;
    private static final int MAX_COLUMNS = 3;
    private static final double MIN_FACTOR = 0.6;
    private static final double STEP = 0.05;

    /** A group heading ({@code entry} null, {@code text} the layer title) or a legend row, at x, y (top) in mm. */
    record Item(LegendEntry entry, String text, double x, double y, double width) {
    }

    /**
     * The largest layout (factor 1 down to {@link #MIN_FACTOR}) of {@code entries} that fits below {@code top} in
     * {@code box}; the smallest when none fits ({@code fits} false: the painter then cuts it).
     */
    static LegendLayout fit(List<LegendEntry> entries, SheetText text, DrawingSurface surface, MmBox box, double top,
                            double scale) {
        LegendLayout layout = null;
        for (double factor = 1; factor >= MIN_FACTOR - 1e-9; factor -= STEP) {
            layout = at(entries, text, surface, box, top, scale, factor);
            if (layout.fits()) {
                return layout;
            }
        }
        return layout;
    }

    /** The text size of rows, in mm, at this layout's factor. */
    double textMm(double scale) {
        return TEXT_MM * scale * factor;
    }

    /** The height of one row, in mm. */
    double rowMm(double scale) {
        return ROW_MM * scale * factor;
    }

    private static LegendLayout at(List<LegendEntry> entries, SheetText text, DrawingSurface surface, MmBox box,
                                   double top, double scale, double factor) {
        double upm = surface.unitsPerMm();
        double row = ROW_MM * scale * factor;
        double textSize = TEXT_MM * scale * factor * upm;
        double indent = INDENT_MM * scale * factor;
        List<Item> items = new ArrayList<>();
        double y = top;
        int i = 0;
        while (i < entries.size()) {
            LegendEntry first = entries.get(i);
            double x = box.x();
            if (first.isClass()) {
                items.add(new Item(null, first.group(), box.x(), y, box.width()));
                y += row;
                x += indent;
            }
            int end = i;
            while (end < entries.size() && sameBlock(first, entries.get(end))) {
                end++;
            }
            List<LegendEntry> chips = new ArrayList<>();
            for (LegendEntry entry : entries.subList(i, end)) {
                if (entry.withFigures()) {
                    items.add(new Item(entry, label(entry, text), x, y, box.right() - x));
                    y += row;
                } else {
                    chips.add(entry);
                }
            }
            y = packChips(chips, surface, textSize, x, y, box.right() - x, row, scale * factor, items);
            i = end;
        }
        return new LegendLayout(factor, items, y, y <= box.bottom());
    }

    /**
     * Whether {@code entry} goes in the same block as {@code first}: the classes of one layer, or a run of
     * unclassified layers without figures (each a single row: packed together).
     */
    private static boolean sameBlock(LegendEntry first, LegendEntry entry) {
        if (first.isClass()) {
            return entry.group().equals(first.group()) && entry.isClass();
        }
        return entry == first || !first.withFigures() && !entry.isClass() && !entry.withFigures();
    }

    /** Lays symbol-only rows out in columns; returns the y below them. */
    private static double packChips(List<LegendEntry> chips, DrawingSurface surface, double textSize, double x,
                                    double y, double width, double row, double size, List<Item> items) {
        if (chips.isEmpty()) {
            return y;
        }
        double upm = surface.unitsPerMm();
        double widest = 0;
        for (LegendEntry chip : chips) {
            double label = surface.measureText(chip.label(), textSize, FontWeight.NORMAL).width() / upm;
            widest = Math.max(widest, (SWATCH_W_MM + 2) * size + label);
        }
        double column = widest + COLUMN_GAP_MM * size;
        int columns = (int) Math.max(1, Math.min(MAX_COLUMNS, Math.floor((width + COLUMN_GAP_MM * size) / column)));
        double columnWidth = width / columns;
        for (int k = 0; k < chips.size(); k++) {
            items.add(new Item(chips.get(k), chips.get(k).label(), x + (k % columns) * columnWidth,
                    y + (k / columns) * row, columnWidth));
        }
        return y + Math.ceil(chips.size() / (double) columns) * row;
    }

    /** A row's text: its label, and for planning layers the count and area or length inside the sheet's place. */
    static String label(LegendEntry entry, SheetText text) {
        return entry.withFigures() ? entry.label() + "  " + LegendPainter.figures(entry, text) : entry.label();
    }
}
