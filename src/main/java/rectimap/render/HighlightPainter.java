package rectimap.render;

import rectimap.model.style.Rgba;

/**
 * Draws highlighted features (search result, identify) on top of the map: a wide translucent yellow halo under a
 * bright magenta outline, so the feature stands out over any fill. Points get a ring around their marker.
 */
final class HighlightPainter {

    static final Rgba HALO = Rgba.hex("#ffe600").withAlpha(0.6);
    static final Rgba OUTLINE = Rgba.hex("#ff00c8");
    static final double HALO_MM = 2.4;
    static final double OUTLINE_MM = 0.7;
    private static final double POINT_RING_MM = 5.0;

    private final DrawingSurface surface;
    private final ShapeTracer tracer;

    HighlightPainter(DrawingSurface surface, ShapeTracer tracer) {
        this.surface = surface;
        this.tracer = tracer;
    }

    void paint(RenderLayer layer, int index, int level) {
        double upm = surface.unitsPerMm();
        DisplayShape shape = layer.dimension(index) == 0 ? layer.shape(index, 0) : layer.shape(index, level);
        surface.beginPath();
        if (shape == null) {
            shape = layer.shape(index, 0);
        }
        if (layer.dimension(index) == 0) {
            for (int v = 0; v < shape.vertexCount(); v++) {
                MarkerSymbols.trace(surface, rectimap.model.style.MarkerShape.CIRCLE, tracer.screenX(shape.xy[v * 2]),
                        tracer.screenY(shape.xy[v * 2 + 1]), POINT_RING_MM * upm);
            }
        } else {
            tracer.trace(shape, layer.dimension(index) == 2);
        }
        surface.stroke(HALO, HALO_MM * upm);
        surface.stroke(OUTLINE, OUTLINE_MM * upm);
    }
}
