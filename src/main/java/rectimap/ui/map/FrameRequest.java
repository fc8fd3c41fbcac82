package rectimap.ui.map;

import java.util.List;
import java.util.Set;
import rectimap.model.FeatureRef;
import rectimap.raster.RasterFrame;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;

/**
 * What one map frame shows, taken on the FX thread so it can be painted on another: the view (in the window's logical
 * pixels), the imagery under it, the layers bottom first (immutable render data), the highlighted features and the
 * screen's {@code pixelScale} (device pixels per logical pixel: 1, or 2 on a HiDPI screen; the frame is painted with
 * that many pixels each way). {@code generation} numbers requests in the order they were made.
 */
record FrameRequest(long generation, Viewport viewport, List<RasterFrame> imagery, List<RenderLayer> layers,
                    Set<FeatureRef> highlights, double pixelScale) {

    /** Whether {@code other} would paint the same picture (whatever its generation); false for null. */
    boolean sameFrameAs(FrameRequest other) {
        return other != null && viewport.equals(other.viewport) && imagery.equals(other.imagery)
                && layers.equals(other.layers) && highlights.equals(other.highlights)
                && pixelScale == other.pixelScale;
    }
}
