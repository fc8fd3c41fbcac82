package rectimap.print;

import java.util.Locale;
import rectimap.geo.AreaText;
import rectimap.model.style.Rgba;
import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;
import rectimap.render.LegendSwatch;
import rectimap.render.TextExtent;

/**
 * The legend: "图例", a note saying what its figures cover ("数量、面积为本镇范围内"), then one row per symbol on the
 * sheet (a classified layer's rows under its title), each with its swatch, label and, for planning layers, the count
 * and area or length inside the sheet's place ("拆违点 12 处 / 3.2 亩"). Laid out by {@link LegendLayout} so that it
 * fits its box; only a legend too long even at its smallest is cut with a "另有 n 条" line.
 */
final class LegendPainter {

    private LegendPainter() {
    }

    /** Paints the legend into {@code box} and returns the bottom (mm) of what it used. */
    static double paint(PreparedSheet sheet, DrawingSurface surface, MmBox box) {
        double upm = surface.unitsPerMm();
        double scale = Math.sqrt(sheet.layout().textScale());
        SheetText text = sheet.spec().text();
        double headingSize = LegendLayout.HEADING_MM * scale * upm;
        TextExtent heading = surface.measureText(text.get("legend.title"), headingSize, FontWeight.BOLD);
        surface.text(text.get("legend.title"), box.x() * upm, box.y() * upm + heading.ascent(), headingSize,
                FontWeight.BOLD, SheetPainter.INK, Rgba.TRANSPARENT, 0);
        double y = box.y() + heading.height() / upm + 1.5 * scale;
        if (sheet.legend().stream().anyMatch(LegendEntry::withFigures)) {
            double noteSize = LegendLayout.TEXT_MM * 0.9 * scale * upm;
            String note = text.get("legend.scope." + SheetScope.kindOf(sheet.content(), sheet.place()).name());
            TextExtent noteExtent = surface.measureText(note, noteSize, FontWeight.NORMAL);
            surface.text(TextFitting.fit(surface, note, noteSize, FontWeight.NORMAL, box.width() * upm),
                    box.x() * upm, y * upm + noteExtent.ascent(), noteSize, FontWeight.NORMAL, SheetPainter.MUTED,
                    Rgba.TRANSPARENT, 0);
            y += noteExtent.height() / upm + 1.2 * scale;
        }
        LegendLayout layout = LegendLayout.fit(sheet.legend(), text, surface, box, y, scale);
        double row = layout.rowMm(scale);
        double textSize = layout.textMm(scale) * upm;
        double swatchW = LegendLayout.SWATCH_W_MM * scale * layout.factor();
        double swatchH = LegendLayout.SWATCH_H_MM * scale * layout.factor();
        int shown = 0;
        for (LegendLayout.Item item : layout.items()) {
            if (!layout.fits() && item.y() + 2 * row > box.bottom()) {
                int left = sheet.legend().size() - shown;
                surface.text(text.format("table.more", left), box.x() * upm, (item.y() + row * 0.7) * upm, textSize,
                        FontWeight.NORMAL, SheetPainter.MUTED, Rgba.TRANSPARENT, 0);
                return item.y() + row;
            }
            double baseline = (item.y() + row * 0.7) * upm;
            if (item.entry() == null) {
                surface.text(TextFitting.fit(surface, item.text(), textSize, FontWeight.BOLD, item.width() * upm),
                        item.x() * upm, baseline, textSize, FontWeight.BOLD, SheetPainter.INK, Rgba.TRANSPARENT, 0);
                continue;
            }
            LegendSwatch.draw(surface, item.entry().symbol(), item.entry().dimension(), item.x() * upm,
                    (item.y() + (row - swatchH) / 2) * upm, swatchW * upm, swatchH * upm);
            double labelX = item.x() + swatchW + 2 * scale * layout.factor();
            double room = (item.x() + item.width() - labelX) * upm;
            surface.text(TextFitting.fit(surface, item.text(), textSize, FontWeight.NORMAL, room), labelX * upm,
                    baseline, textSize, FontWeight.NORMAL, SheetPainter.INK, Rgba.TRANSPARENT, 0);
            shown++;
        }
        return layout.bottom();
    }

    /** "12 处 / 3.2 亩", "3 段 / 4.1 km" or "5 处": what lies inside the sheet's place. */
    static String figures(LegendEntry entry, SheetText text) {
        if (entry.count() == 0) {
            return text.format("legend.count.point", 0);
        }
        return switch (entry.dimension()) {
            case 2 -> text.format("legend.count.area", entry.count(), AreaText.mu(entry.measure(), text.locale()));
            case 1 -> text.format("legend.count.line", entry.count(),
                    String.format(Locale.ROOT, "%.1f", entry.measure() / 1000));
            default -> text.format("legend.count.point", entry.count());
        };
    }
}
