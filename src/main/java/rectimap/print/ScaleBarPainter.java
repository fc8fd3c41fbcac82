package rectimap.print;

import org.locationtech.jts.geom.Envelope;
import rectimap.model.style.Rgba;
import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;
import rectimap.render.ScaleBar;
import rectimap.render.TextExtent;

/**
 * The graphic scale bar in the bottom-left corner of the map frame with "比例尺 1:N" above it: four alternating
 * black and white parts whose total length is a round ground distance at exactly the sheet's scale, "0" under the
 * start and the distance under the end.
 */
final class ScaleBarPainter {

    private static final double MARGIN_MM = 4;
    private static final double MAX_LENGTH_MM = 50;
    private static final double BAR_MM = 1.6;
    private static final double TEXT_MM = 2.6;
    private static final double PAD_MM = 1.5;
    private static final int PARTS = 4;

    private ScaleBarPainter() {
    }

    /** The bar for this sheet on this surface: its ground length and drawn length in surface units. */
    static ScaleBar bar(PreparedSheet sheet, DrawingSurface surface) {
        double upm = surface.unitsPerMm();
        double maxUnits = Math.min(MAX_LENGTH_MM * Math.sqrt(sheet.layout().textScale()) * upm,
                0.4 * surface.width());
        return ScaleBar.fitting(sheet.metresPerMm() / upm, maxUnits);
    }

    /** Where the bar and its texts go, in frame units (its white backing box). */
    static Envelope bounds(PreparedSheet sheet, DrawingSurface surface) {
        double upm = surface.unitsPerMm();
        double scale = Math.sqrt(sheet.layout().textScale());
        ScaleBar bar = bar(sheet, surface);
        double textSize = TEXT_MM * scale * upm;
        TextExtent line = surface.measureText("比例尺 1:", textSize, FontWeight.NORMAL);
        double tail = surface.measureText(bar.label(), textSize, FontWeight.NORMAL).width() / 2;
        double titleWidth = surface.measureText(title(sheet), textSize, FontWeight.NORMAL).width();
        double width = Math.max(bar.lengthUnits() + tail, titleWidth) + 2 * PAD_MM * upm;
        double height = 2 * line.height() + BAR_MM * scale * upm + 2.5 * PAD_MM * upm;
        double left = MARGIN_MM * upm;
        double bottom = surface.height() - MARGIN_MM * upm;
        return new Envelope(left, left + width, bottom - height, bottom);
    }

    static void draw(PreparedSheet sheet, DrawingSurface surface) {
        double upm = surface.unitsPerMm();
        double scale = Math.sqrt(sheet.layout().textScale());
        ScaleBar bar = bar(sheet, surface);
        Envelope box = bounds(sheet, surface);
        surface.rectanglePath(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
        surface.fill(Rgba.WHITE.withAlpha(0.88));
        double textSize = TEXT_MM * scale * upm;
        double pad = PAD_MM * upm;
        TextExtent line = surface.measureText("比例尺 1:", textSize, FontWeight.NORMAL);
        double left = box.getMinX() + pad;
        double titleBaseline = box.getMinY() + pad + line.ascent();
        surface.text(title(sheet), left, titleBaseline, textSize, FontWeight.NORMAL, SheetPainter.INK,
                Rgba.TRANSPARENT, 0);
        double barTop = titleBaseline + line.descent() + 0.5 * pad;
        double barHeight = BAR_MM * scale * upm;
        double part = bar.lengthUnits() / PARTS;
        for (int i = 0; i < PARTS; i++) {
            surface.rectanglePath(left + i * part, barTop, part, barHeight);
            surface.fill(i % 2 == 0 ? SheetPainter.INK : Rgba.WHITE);
        }
        surface.rectanglePath(left, barTop, bar.lengthUnits(), barHeight);
        surface.stroke(SheetPainter.INK, 0.2 * upm);
        double labelBaseline = barTop + barHeight + 0.5 * pad + line.ascent();
        double zero = surface.measureText("0", textSize, FontWeight.NORMAL).width();
        surface.text("0", left - zero / 2, labelBaseline, textSize, FontWeight.NORMAL, SheetPainter.INK,
                Rgba.TRANSPARENT, 0);
        double end = surface.measureText(bar.label(), textSize, FontWeight.NORMAL).width();
        surface.text(bar.label(), left + bar.lengthUnits() - end / 2, labelBaseline, textSize, FontWeight.NORMAL,
                SheetPainter.INK, Rgba.TRANSPARENT, 0);
    }

    private static String title(PreparedSheet sheet) {
        return sheet.spec().text().format("scale", SheetPreparation.grouped(sheet.scaleDenominator()));
    }
}
