package rectimap.raster.geotiff;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * One resolution of a GeoTIFF: the full image or an overview (internal IFD or in the {@code .ovr} file), with the
 * tile grid pieces are cut by — the file's own tiles, or bands of rows of a striped file — and its ground pixel size.
 */
record TiffLevel(TiffFile file, int imageIndex, int width, int height, int tileWidth, int tileHeight,
                 double pixelWidth, double pixelHeight, int compression) {

    /** Pieces of a striped file: wide, so each strip decoded is used as fully as practical; 256 rows high. */
    private static final int STRIP_PIECE_WIDTH = 1024;
    private static final int STRIP_PIECE_HEIGHT = 256;
    /**
     * An overview may be this much coarser than the output pixel and still be chosen: GDAL's overviews halve, and
     * drawing from a level 2× too fine costs 4× the decoding for no visible gain.
     */
    private static final double COARSER_TOLERANCE = 1.2;

    /** The level of image {@code index} of {@code file} with {@code layout} (see {@link TiffFile#layout}). */
    static TiffLevel of(TiffFile file, int index, int[] layout, GeoReference full, int fullWidth, int fullHeight,
                        int compression) {
        int tileWidth = layout[2] > 0 ? layout[2] : Math.min(layout[0], STRIP_PIECE_WIDTH);
        int tileHeight = layout[3] > 0 ? layout[3] : Math.min(layout[1], STRIP_PIECE_HEIGHT);
        double pixelWidth = full.pixelWidth() * fullWidth / layout[0];
        double pixelHeight = full.pixelHeight() * fullHeight / layout[1];
        return new TiffLevel(file, index, layout[0], layout[1], tileWidth, tileHeight, pixelWidth, pixelHeight,
                compression);
    }

    /**
     * The level to draw at {@code pixelSize} (source units per output pixel): the coarsest whose pixel is not
     * coarser (within {@link #COARSER_TOLERANCE}), else the finest. {@code levels} are finest first.
     */
    static int choose(List<TiffLevel> levels, double pixelSize) {
        int chosen = 0;
        for (int i = 1; i < levels.size(); i++) {
            TiffLevel level = levels.get(i);
            if (Math.min(level.pixelWidth, level.pixelHeight) <= pixelSize * COARSER_TOLERANCE) {
                chosen = i;
            }
        }
        return chosen;
    }

    long columns() {
        return (width + tileWidth - 1) / tileWidth;
    }

    long rows() {
        return (height + tileHeight - 1) / tileHeight;
    }

    /** The pixels of tile ({@code column}, {@code row}), clipped to the image. */
    Rectangle region(long column, long row) {
        int x = (int) (column * tileWidth);
        int y = (int) (row * tileHeight);
        return new Rectangle(x, y, Math.min(tileWidth, width - x), Math.min(tileHeight, height - y));
    }

    /** Where {@code region} of this level lies, given the full image's top-left corner. */
    Envelope extentOf(Rectangle region, GeoReference full) {
        double minX = full.minX() + region.x * pixelWidth;
        double maxY = full.maxY() - region.y * pixelHeight;
        return new Envelope(minX, minX + region.width * pixelWidth, maxY - region.height * pixelHeight, maxY);
    }

    BufferedImage decode(Rectangle region) throws IOException {
        return file.read(imageIndex, region, compression);
    }
}
