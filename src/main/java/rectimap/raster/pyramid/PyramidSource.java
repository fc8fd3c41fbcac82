package rectimap.raster.pyramid;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import rectimap.raster.RasterException;
import rectimap.raster.RasterPiece;
import rectimap.raster.RasterRequest;
import rectimap.raster.RasterSource;
import rectimap.raster.TileCache;
import rectimap.raster.TileKey;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileImages;
import rectimap.raster.tile.TilePlan;

/**
 * A tile pyramid file (GeoPackage tiles, MBTiles) as a {@link RasterSource}: the tiles of the level that suits the
 * request, decoded once into the shared {@link TileCache}. Answers completely at once (local disk).
 */
public final class PyramidSource implements RasterSource {
    private final TilePyramid pyramid;
    private final String id;
    private final String title;

    /**
     * @param id unique to the file and its content (path, size, time), for the cache
     * @param title what the layer panel shows
     */
    public PyramidSource(TilePyramid pyramid, String id, String title) {
        this.pyramid = pyramid;
        this.id = id;
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String attribution() {
        return pyramid.attribution();
    }

    @Override
    public int epsg() {
        return pyramid.matrixSet().crs().epsg();
    }

    @Override
    public Envelope extent() {
        return pyramid.dataExtent();
    }

    @Override
    public List<RasterPiece> piecesFor(RasterRequest request) throws RasterException {
        List<RasterPiece> pieces = new ArrayList<>();
        for (TileAddress tile : TilePlan.tilesFor(pyramid.matrixSet(), pyramid.dataExtent(), request)) {
            TileKey key = new TileKey(id, tile.matrix().zoom(), tile.column(), tile.row());
            BufferedImage image = TileCache.shared().get(key);
            if (image == null) {
                Optional<byte[]> bytes = pyramid.tileBytes(tile);
                if (bytes.isEmpty()) {
                    continue;
                }
                image = TileImages.decode(bytes.get(), id, tile);
                TileCache.shared().put(key, image);
            }
            pieces.add(new RasterPiece(tile.envelope(), image));
        }
        return pieces;
    }

    @Override
    public void close() {
        pyramid.close();
    }
}
