package rectimap.render;

import rectimap.model.style.Symbolizer;

/**
 * Draws the symbol of a legend row into a small box exactly as the map draws it (same colours, widths in mm and
 * markers), so a printed legend and the screen agree: an area as a filled, outlined rectangle, a line as a cased
 * stroke across the box, a point as its marker in the centre.
 */
public final class LegendSwatch {

    private LegendSwatch() {
    }

    /**
     * Draws {@code symbol} for features of {@code dimension} (0 points, 1 lines, 2 areas) into the box at
     * ({@code left}, {@code top}) of {@code width × height} surface units.
     */
    public static void draw(DrawingSurface surface, Symbolizer symbol, int dimension, double left, double top,
                            double width, double height) {
        double upm = surface.unitsPerMm();
        switch (dimension) {
            case 2 -> {
                surface.rectanglePath(left, top, width, height);
                surface.fill(symbol.fill());
                if (symbol.casingWidthMm() > 0) {
                    surface.stroke(symbol.casing(), symbol.casingWidthMm() * upm);
                }
                surface.stroke(symbol.stroke(), Math.max(symbol.strokeWidthMm(), 0) * upm);
            }
            case 1 -> {
                surface.beginPath();
                surface.moveTo(left, top + height / 2);
                surface.lineTo(left + width, top + height / 2);
                if (symbol.casingWidthMm() > 0) {
                    surface.stroke(symbol.casing(), symbol.casingWidthMm() * upm);
                }
                surface.stroke(symbol.stroke(), symbol.strokeWidthMm() * upm);
            }
            default -> MarkerSymbols.draw(surface, symbol, left + width / 2, top + height / 2);
        }
    }
}
