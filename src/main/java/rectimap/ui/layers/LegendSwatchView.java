package rectimap.ui.layers;

import javafx.scene.canvas.Canvas;
import rectimap.model.GeometryKind;
import rectimap.model.style.MarkerShape;
import rectimap.model.style.Symbolizer;
import rectimap.render.LegendSwatch;
import rectimap.render.MapRenderer;
import rectimap.ui.FxCanvasSurface;
import rectimap.ui.FxFonts;

/**
 * A legend swatch: the symbol drawn by {@link LegendSwatch} on a small canvas at the map's own scale of mm to pixels,
 * so the panel shows exactly what the map draws (colours, widths, markers). FX thread only.
 */
final class LegendSwatchView extends Canvas {
    static final double WIDTH_PX = 28;
    static final double HEIGHT_PX = 20;
    private static final double INSET_PX = 3;
    /** Half a pixel down, so a line across the middle sits on a pixel row's centre and thin ones stay crisp. */
    private static final double PIXEL_CENTRE = 0.5;

    private final Symbolizer symbol;
    private final int dimension;

    LegendSwatchView(Symbolizer symbol, GeometryKind kind, FxFonts fonts) {
        super(WIDTH_PX, HEIGHT_PX);
        this.symbol = symbol;
        this.dimension = dimension(symbol, kind);
        getStyleClass().add("legend-swatch");
        FxCanvasSurface surface = new FxCanvasSurface(getGraphicsContext2D(), WIDTH_PX, HEIGHT_PX,
                MapRenderer.SCREEN_DPI, fonts);
        LegendSwatch.draw(surface, symbol, dimension, INSET_PX + PIXEL_CENTRE, INSET_PX + PIXEL_CENTRE,
                WIDTH_PX - 2 * INSET_PX - 1, HEIGHT_PX - 2 * INSET_PX);
    }

    /** The symbol drawn. */
    Symbolizer symbol() {
        return symbol;
    }

    /**
     * How a layer of {@code kind} shows {@code symbol}: 0 a marker, 1 a line, 2 an area. A layer holding points and
     * areas (GEOMETRY, e.g. cleanup zones) shows the marker when the symbol has one, else the area.
     */
    static int dimension(Symbolizer symbol, GeometryKind kind) {
        if (kind.isAreal()) {
            return 2;
        }
        if (kind.isLineal()) {
            return 1;
        }
        if (kind == GeometryKind.GEOMETRY) {
            return symbol.marker() == MarkerShape.NONE ? 2 : 0;
        }
        return 0;
    }
}
