package rectimap.raster;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * One georeferenced image of a source (a decoded tile, an overview tile, a service's map image): {@code image}
 * covers {@code extent} (outer pixel edges, in the source's CRS), north up, pixels square or not. The image is
 * read only, never changed after it was handed out (it may be shared through the {@link TileCache}).
 * {@link BufferedImage#TYPE_INT_ARGB} and {@link BufferedImage#TYPE_INT_RGB} are drawn fastest; other types are
 * converted on every warp, so a source should cache what {@link #drawable} returns.
 */
public record RasterPiece(Envelope extent, BufferedImage image) {

    public RasterPiece {
        Objects.requireNonNull(image, "image");
        if (extent == null || extent.isNull() || !(extent.getWidth() > 0) || !(extent.getHeight() > 0)) {
            throw new IllegalArgumentException("a raster piece needs a non-empty extent: " + extent);
        }
    }

    /**
     * {@code image} as {@link BufferedImage#TYPE_INT_ARGB} (or itself when it already is a whole ARGB or RGB int image,
     * not a sub-image), the form
     * the warp reads without conversion. Decoders call this once per decoded tile, before caching it.
     */
    public static BufferedImage drawable(BufferedImage image) {
        int type = image.getType();
        boolean ints = type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_INT_RGB;
        // A sub-image shares its parent's pixel array with an offset and a wider row: copy it like other types.
        boolean whole = image.getRaster().getParent() == null
                && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight();
        if (ints && whole) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setComposite(java.awt.AlphaComposite.Src);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Ground size of one pixel along x, in source units. */
    public double pixelWidth() {
        return extent.getWidth() / image.getWidth();
    }

    /** Ground size of one pixel along y, in source units. */
    public double pixelHeight() {
        return extent.getHeight() / image.getHeight();
    }
}
