package rectimap.raster;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A raster layer warped onto one output grid, ready to draw: {@code image} (TYPE_INT_ARGB, the grid's size,
 * transparent where the source has nothing) covers {@code grid}; drawn with {@code opacity} and credited with
 * {@code attribution} ("" for none). Immutable; the image is never changed after {@link #prepare}.
 */
public record RasterFrame(RasterRequest grid, BufferedImage image, double opacity, String attribution) {

    public RasterFrame {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(attribution, "attribution");
    }

    /**
     * Asks {@code layer}'s source for the pieces of {@code grid} and warps them onto it. Blocks on the source's
     * I/O: call it off the FX thread.
     */
    public static RasterFrame prepare(RasterLayer layer, RasterRequest grid) throws RasterException {
        RasterSource source = layer.source();
        BufferedImage image;
        try {
            image = RasterWarp.warp(source.piecesFor(grid), source.epsg(), grid);
        } catch (IllegalArgumentException unknownCrs) {
            throw new RasterException(RasterProblem.UNKNOWN_CRS, layer.location(), "EPSG:" + source.epsg(),
                    unknownCrs);
        }
        return new RasterFrame(grid, image, layer.opacity(), source.attribution());
    }

    /** The same image drawn with another opacity (a slider drag needs no new warp). */
    public RasterFrame withOpacity(double newOpacity) {
        return new RasterFrame(grid, image, newOpacity, attribution);
    }
}
