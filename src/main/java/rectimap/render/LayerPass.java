package rectimap.render;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import rectimap.model.MapLayer;

/**
 * Paints a frame's visible layers bottom to top on one surface, with layer opacity and the style emphases: the
 * whole frame, or one horizontal band of it (then only the features meeting the band are traced; the surface's clip
 * keeps the others' pixels out). Stateless; a band on another thread gets its own surface and tracer.
 */
final class LayerPass {

    private LayerPass() {
    }

    /**
     * @param band the map area of the band including the symbol margin, or null for the whole frame
     */
    static void paint(List<VisibleLayer> layers, DrawingSurface surface, Viewport viewport, int level, Envelope band,
                      Ground ground) {
        ShapeTracer tracer = new ShapeTracer(surface, viewport);
        LayerPainter painter = new LayerPainter(surface, tracer, viewport, ground);
        for (VisibleLayer frame : layers) {
            RenderLayer layer = frame.layer();
            IndexList visible = band == null ? frame.visible() : within(layer, frame.visible(), band);
            MapLayer mapLayer = layer.mapLayer();
            boolean translucent = mapLayer.opacity() < 1;
            if (translucent) {
                surface.save();
                surface.setAlpha(mapLayer.opacity());
            }
            painter.paint(layer, visible, level);
            painter.paintEmphases(layer, visible, level);
            if (translucent) {
                surface.restore();
            }
        }
    }

    private static IndexList within(RenderLayer layer, IndexList visible, Envelope band) {
        IndexList inBand = new IndexList();
        for (int k = 0; k < visible.size(); k++) {
            int i = visible.get(k);
            if (layer.envelope(i).intersects(band)) {
                inBand.add(i);
            }
        }
        return inBand;
    }
}
