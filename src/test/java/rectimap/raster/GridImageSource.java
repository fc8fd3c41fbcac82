package rectimap.raster;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A raster source over one image in memory, handed out as a grid of pieces (like a tiled file's tiles) that meet
 * the request: the warp tests' known pixels, without a file format in between.
 */
final class GridImageSource implements RasterSource {
    private final BufferedImage image;
    private final Envelope extent;
    private final int epsg;
    private final int tile;

    GridImageSource(BufferedImage image, Envelope extent, int epsg, int tile) {
        this.image = image;
        this.extent = extent;
        this.epsg = epsg;
        this.tile = tile;
    }

    @Override
    public String title() {
        return "grid";
    }

    @Override
    public String attribution() {
        return "© test imagery";
    }

    @Override
    public int epsg() {
        return epsg;
    }

    @Override
    public Envelope extent() {
        return extent;
    }

    @Override
    public List<RasterPiece> piecesFor(RasterRequest request) {
        Envelope view = request.viewIn(epsg);
        double pw = extent.getWidth() / image.getWidth();
        double ph = extent.getHeight() / image.getHeight();
        List<RasterPiece> pieces = new ArrayList<>();
        for (int top = 0; top < image.getHeight(); top += tile) {
            for (int left = 0; left < image.getWidth(); left += tile) {
                int w = Math.min(tile, image.getWidth() - left);
                int h = Math.min(tile, image.getHeight() - top);
                Envelope e = new Envelope(extent.getMinX() + left * pw, extent.getMinX() + (left + w) * pw,
                        extent.getMaxY() - (top + h) * ph, extent.getMaxY() - top * ph);
                if (e.intersects(view)) {
                    pieces.add(new RasterPiece(e, image.getSubimage(left, top, w, h)));
                }
            }
        }
        return pieces;
    }

    @Override
    public void close() {
    }
}
