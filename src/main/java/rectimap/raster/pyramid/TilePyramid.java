package rectimap.raster.pyramid;

import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import rectimap.raster.RasterException;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrixSet;

/**
 * Stored tiles by matrix, column and row (rows counted from the north, whatever the file's own convention). Safe
 * to use from several threads.
 */
public interface TilePyramid extends AutoCloseable {

    /** The levels the file holds, coarsest first. */
    TileMatrixSet matrixSet();

    /** Where there is data, in the set's CRS. */
    Envelope dataExtent();

    /** A name for people (the table's identifier or the MBTiles name). */
    String title();

    /** Whose imagery it is, as the file says (MBTiles {@code attribution}, GeoPackage description); "" for none. */
    String attribution();

    /** The stored bytes (PNG, JPEG) of a tile, empty when the file has none there. */
    Optional<byte[]> tileBytes(TileAddress tile) throws RasterException;

    @Override
    void close();
}
