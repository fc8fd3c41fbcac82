package rectimap.render;

import java.util.function.IntToDoubleFunction;
import rectimap.model.style.MarkerShape;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

/**
 * Draws point markers by {@link MarkerShape}, sized in millimetres through {@link DrawingSurface#unitsPerMm()}. The
 * marker is centred on the point, except the flag, whose pole stands on it.
 */
final class MarkerSymbols {

    /** A circle is a polygon with about one corner per 1.5 units of circumference, between 10 and 32 corners. */
    private static final double UNITS_PER_CIRCLE_CORNER = 1.5;

    private MarkerSymbols() {
    }

    /** Draws one marker of the symbolizer at surface point (x, y). */
    static void draw(DrawingSurface surface, Symbolizer symbol, double x, double y) {
        double size = symbol.markerSizeMm() * surface.unitsPerMm();
        double outline = Math.max(0.5, symbol.strokeWidthMm() * surface.unitsPerMm());
        if (symbol.marker() == MarkerShape.FLAG) {
            drawFlag(surface, symbol, x, y, size, outline);
            return;
        }
        surface.beginPath();
        trace(surface, symbol.marker(), x, y, size);
        fillAndStroke(surface, symbol.fill(), symbol.stroke(), outline);
    }

    /** Adds the outline of a marker of overall size {@code size} units centred on (x, y) to the current path. */
    static void trace(DrawingSurface surface, MarkerShape shape, double x, double y, double size) {
        double r = size / 2;
        switch (shape) {
            case SQUARE -> polygon(surface, x, y, r * 0.88, 4, Math.PI / 4);
            case TRIANGLE -> polygon(surface, x, y + r * 0.2, r * 1.15, 3, -Math.PI / 2);
            case DIAMOND -> polygon(surface, x, y, r * 1.1, 4, 0);
            case STAR -> star(surface, x, y, r * 1.15);
            case NONE -> { }
            default -> polygon(surface, x, y, r, circleCorners(r), 0);
        }
    }

    /** Enough corners that the polygon's edge stays within a tenth of a unit of the circle. */
    private static int circleCorners(double radius) {
        return (int) Math.max(10, Math.min(32, Math.ceil(2 * Math.PI * radius / UNITS_PER_CIRCLE_CORNER)));
    }

    private static void polygon(DrawingSurface surface, double x, double y, double radius, int corners,
                                double startAngle) {
        polygon(surface, x, y, corners, startAngle, k -> radius);
    }

    /** A five-pointed star: ten corners alternating between the outer and an inner radius. */
    private static void star(DrawingSurface surface, double x, double y, double outerRadius) {
        double innerRadius = outerRadius * 0.45;
        polygon(surface, x, y, 10, -Math.PI / 2, k -> k % 2 == 0 ? outerRadius : innerRadius);
    }

    /** A closed path through {@code corners} points evenly spaced in angle, corner k at {@code radiusOf(k)}. */
    private static void polygon(DrawingSurface surface, double x, double y, int corners, double startAngle,
                                IntToDoubleFunction radiusOf) {
        for (int k = 0; k < corners; k++) {
            double angle = startAngle + 2 * Math.PI * k / corners;
            double radius = radiusOf.applyAsDouble(k);
            double px = x + radius * Math.cos(angle);
            double py = y + radius * Math.sin(angle);
            if (k == 0) {
                surface.moveTo(px, py);
            } else {
                surface.lineTo(px, py);
            }
        }
        surface.closePath();
    }

    /** A pole rising from (x, y) with a pennant at its top, pointing right. */
    private static void drawFlag(DrawingSurface surface, Symbolizer symbol, double x, double y, double size,
                                 double outline) {
        double top = y - size;
        surface.beginPath();
        surface.moveTo(x, y);
        surface.lineTo(x, top);
        surface.stroke(symbol.stroke(), Math.max(1, size * 0.09));
        surface.beginPath();
        surface.moveTo(x, top);
        surface.lineTo(x + size * 0.75, top + size * 0.22);
        surface.lineTo(x, top + size * 0.48);
        surface.closePath();
        fillAndStroke(surface, symbol.fill(), symbol.stroke(), outline * 0.7);
    }

    private static void fillAndStroke(DrawingSurface surface, Rgba fill, Rgba stroke, double outlineUnits) {
        if (!fill.isTransparent()) {
            surface.fill(fill);
        }
        if (!stroke.isTransparent()) {
            surface.stroke(stroke, outlineUnits);
        }
    }
}
