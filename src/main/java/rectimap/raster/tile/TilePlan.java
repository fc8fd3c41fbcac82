package rectimap.raster.tile;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import rectimap.raster.RasterRequest;

/**
 * Which tiles of a pyramid a {@link RasterRequest} needs: the level suited to the request's pixel size in the
 * pyramid's CRS ({@link TileMatrixSet#matrixFor}) and the tiles of that level meeting both the view and the data.
 * A request that would need more than {@link #MAX_TILES} tiles (a wall-sized print of a whole district) takes the
 * next coarser level until it fits.
 */
public final class TilePlan {
    /** At most this many tiles per request (64 MB of 256-pixel ARGB tiles). */
    public static final int MAX_TILES = 1024;

    private TilePlan() {
    }

    /** The tiles, north to south, west to east; empty when the view misses the data. */
    public static List<TileAddress> tilesFor(TileMatrixSet set, Envelope data, RasterRequest request) {
        Envelope view = request.viewIn(set.crs().epsg());
        Envelope wanted = view.intersection(data);
        if (wanted.isNull()) {
            return List.of();
        }
        TileMatrix matrix = set.matrixFor(request.pixelSizeIn(set.crs().epsg()));
        List<TileMatrix> levels = set.matrices();
        for (int i = levels.indexOf(matrix); i >= 0; i--) {
            TileRange range = levels.get(i).range(wanted);
            if (range.count() <= MAX_TILES) {
                return range.tiles(MAX_TILES);
            }
        }
        return List.of();
    }
}
