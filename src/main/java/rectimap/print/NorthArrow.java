package rectimap.print;

import org.locationtech.jts.geom.Envelope;
import rectimap.model.style.Rgba;
import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;
import rectimap.render.TextExtent;

/**
 * The north arrow in the top-left corner of the map frame: "北" over a two-tone arrow head. Grid north of the
 * display CRS (Gauss–Krüger, central meridian 111°E) is within a fraction of a degree of true north across the
 * district, so the arrow points straight up.
 */
final class NorthArrow {

    private static final double MARGIN_MM = 4;
    private static final double WIDTH_MM = 7;
    private static final double HEIGHT_MM = 13;
    private static final double LETTER_MM = 3.6;

    private NorthArrow() {
    }

    /** The area the arrow takes in frame units, with its backing. */
    static Envelope bounds(DrawingSurface surface, double textScale) {
        double upm = surface.unitsPerMm() * Math.sqrt(textScale);
        double left = MARGIN_MM * upm;
        double top = MARGIN_MM * upm;
        return new Envelope(left - upm, left + WIDTH_MM * upm + upm, top - upm, top + HEIGHT_MM * upm + upm);
    }

    static void draw(DrawingSurface surface, double textScale, SheetText text) {
        double upm = surface.unitsPerMm() * Math.sqrt(textScale);
        Envelope box = bounds(surface, textScale);
        surface.rectanglePath(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
        surface.fill(Rgba.WHITE.withAlpha(0.85));
        double left = MARGIN_MM * upm;
        double top = MARGIN_MM * upm;
        double letterSize = LETTER_MM * upm;
        String north = text.get("north");
        TextExtent letter = surface.measureText(north, letterSize, FontWeight.BOLD);
        double centreX = left + WIDTH_MM * upm / 2;
        surface.text(north, centreX - letter.width() / 2, top + letter.ascent(), letterSize, FontWeight.BOLD,
                SheetPainter.INK, Rgba.TRANSPARENT, 0);
        double tip = top + letter.height() + 0.6 * upm;
        double base = top + HEIGHT_MM * upm;
        double notch = base - 2.2 * upm;
        double half = WIDTH_MM * upm / 2;
        surface.beginPath();
        surface.moveTo(centreX, tip);
        surface.lineTo(centreX - half, base);
        surface.lineTo(centreX, notch);
        surface.closePath();
        surface.fill(SheetPainter.INK);
        surface.beginPath();
        surface.moveTo(centreX, tip);
        surface.lineTo(centreX + half, base);
        surface.lineTo(centreX, notch);
        surface.closePath();
        surface.fill(Rgba.WHITE);
        surface.beginPath();
        surface.moveTo(centreX, tip);
        surface.lineTo(centreX - half, base);
        surface.lineTo(centreX, notch);
        surface.lineTo(centreX + half, base);
        surface.closePath();
        surface.stroke(SheetPainter.INK, 0.25 * upm);
    }
}
