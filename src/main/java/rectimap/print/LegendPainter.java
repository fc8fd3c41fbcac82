package rectimap.print;

import rectimap.model.style.Rgba;
import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;
import rectimap.render.LegendSwatch;
import rectimap.render.TextExtent;

/**
 * The legend: "图例", then one row per symbol on the sheet (a classified layer's rows under its title), each with its
 * swatch, label and, for planning layers, the count and area or length on the sheet ("拆违点 12 处 / 3.2 亩").
 */
final class LegendPainter {

    private static final double HEADING_MM = 3.4;
    private static final double TEXT_MM = 2.4;
    private static final double ROW_MM = 4.2;
    private static final double SWATCH_W_MM = 6;
    private static final double SWATCH_H_MM = 3.2;
    private static final double INDENT_MM = 2;

    private LegendPainter() {
    }

    /** Paints the legend into {@code box} and returns the bottom (mm) of what it used. */
    static double paint(PreparedSheet sheet, DrawingSurface surface, MmBox box) {
        double upm = surface.unitsPerMm();
        double scale = Math.sqrt(sheet.layout().textScale());
        SheetText text = SheetText.chinese();
        double headingSize = HEADING_MM * scale * upm;
        TextExtent heading = surface.measureText(text.get("legend.title"), headingSize, FontWeight.BOLD);
        surface.text(text.get("legend.title"), box.x() * upm, box.y() * upm + heading.ascent(), headingSize,
                FontWeight.BOLD, SheetPainter.INK, Rgba.TRANSPARENT, 0);
        double row = ROW_MM * scale;
        double y = box.y() + heading.height() / upm + 1.5 * scale;
        double textSize = TEXT_MM * scale * upm;
        String group = null;
        int shown = 0;
        for (LegendEntry entry : sheet.legend()) {
            boolean needsHeading = entry.isClass() && !entry.group().equals(group);
            double needed = needsHeading ? 2 * row : row;
            if (y + needed > box.bottom() - row) {
                int left = sheet.legend().size() - shown;
                surface.text(text.format("table.more", left), box.x() * upm, (y + row * 0.7) * upm, textSize,
                        FontWeight.NORMAL, SheetPainter.MUTED, Rgba.TRANSPARENT, 0);
                return y + row;
            }
            group = entry.group();
            if (needsHeading) {
                surface.text(TextFitting.fit(surface, entry.group(), textSize, FontWeight.BOLD, box.width() * upm),
                        box.x() * upm, (y + row * 0.7) * upm, textSize, FontWeight.BOLD, SheetPainter.INK,
                        Rgba.TRANSPARENT, 0);
                y += row;
            }
            double indent = entry.isClass() ? INDENT_MM * scale : 0;
            double swatchTop = y + (row - SWATCH_H_MM * scale) / 2;
            LegendSwatch.draw(surface, entry.symbol(), entry.dimension(), (box.x() + indent) * upm, swatchTop * upm,
                    SWATCH_W_MM * scale * upm, SWATCH_H_MM * scale * upm);
            double labelX = box.x() + indent + (SWATCH_W_MM + 2) * scale;
            String label = entry.withFigures() ? entry.label() + "  " + figures(entry, text) : entry.label();
            surface.text(TextFitting.fit(surface, label, textSize, FontWeight.NORMAL, (box.right() - labelX) * upm),
                    labelX * upm, (y + row * 0.7) * upm, textSize, FontWeight.NORMAL, SheetPainter.INK,
                    Rgba.TRANSPARENT, 0);
            y += row;
            shown++;
        }
        return y;
    }

    /** "12 处 / 3.2 亩", "3 段 / 4.1 km" or "5 处". */
    static String figures(LegendEntry entry, SheetText text) {
        return switch (entry.dimension()) {
            case 2 -> text.format("legend.count.area", entry.count(),
                    String.format(java.util.Locale.ROOT, "%.1f", rectimap.geo.Measure.m2ToMu(entry.measure())));
            case 1 -> text.format("legend.count.line", entry.count(),
                    String.format(java.util.Locale.ROOT, "%.1f", entry.measure() / 1000));
            default -> text.format("legend.count.point", entry.count());
        };
    }
}
