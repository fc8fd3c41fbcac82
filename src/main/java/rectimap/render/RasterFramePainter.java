package rectimap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import rectimap.geo.Epsg;
import rectimap.raster.RasterException;
import rectimap.raster.RasterFrame;
import rectimap.raster.RasterLayer;
import rectimap.raster.RasterRequest;

/**
 * Raster layers under the map: the output grid a viewport needs ({@link #gridFor}), their frames prepared
 * synchronously for print and the command line ({@link #prepare}), and a prepared frame painted where its grid lies
 * in the viewport ({@link #paint}: a frame made for an earlier view of the screen is drawn moved and scaled until
 * the new one is ready).
 */
public final class RasterFramePainter {

    private RasterFramePainter() {
    }

    /**
     * The grid covering {@code viewport} in the display CRS with {@code gridPixelsPerUnit} grid pixels per surface
     * unit: 1 on the screen and for PNGs, sheet dpi / 72 for a PDF page whose units are points.
     */
    public static RasterRequest gridFor(Viewport viewport, double gridPixelsPerUnit,
                                        RasterRequest.Completeness completeness) {
        int width = (int) Math.ceil(viewport.widthPx() * gridPixelsPerUnit);
        int height = (int) Math.ceil(viewport.heightPx() * gridPixelsPerUnit);
        return new RasterRequest(Epsg.CGCS2000_GK_CM_111E, viewport.toMapX(0), viewport.toMapY(0),
                viewport.metresPerPixel() / gridPixelsPerUnit, width, height, completeness);
    }

    /**
     * The frames of the shown {@code layers} for {@code viewport}, waiting for every piece; a layer that fails is
     * left out and its problem handed to {@code problems}, so the rest of the map is still drawn.
     */
    public static List<RasterFrame> prepare(List<RasterLayer> layers, Viewport viewport, double gridPixelsPerUnit,
                                            Consumer<RasterException> problems) {
        List<RasterFrame> frames = new ArrayList<>();
        RasterRequest grid = gridFor(viewport, gridPixelsPerUnit, RasterRequest.Completeness.WAIT_FOR_ALL);
        for (RasterLayer layer : layers) {
            if (!layer.shows()) {
                continue;
            }
            try {
                frames.add(RasterFrame.prepare(layer, grid));
            } catch (RasterException e) {
                problems.accept(e);
            }
        }
        return frames;
    }

    /** Draws {@code frame} at its place in {@code viewport} with its opacity. */
    public static void paint(RasterFrame frame, Viewport viewport, DrawingSurface surface) {
        if (frame.opacity() <= 0) {
            return;
        }
        RasterRequest grid = frame.grid();
        double left = viewport.toScreenX(grid.minX());
        double top = viewport.toScreenY(grid.maxY());
        double width = (grid.maxX() - grid.minX()) / viewport.metresPerPixel();
        double height = (grid.maxY() - grid.minY()) / viewport.metresPerPixel();
        surface.save();
        surface.setAlpha(frame.opacity());
        surface.image(frame.image(), left, top, width, height);
        surface.restore();
    }
}
