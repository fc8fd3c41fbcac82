package rectimap.store;

import java.util.List;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrixSet;

/**
 * A basemap package to write into a project: a standard GeoPackage tile table {@code table} (created, or added to
 * when it exists), titled {@code title}, describing its source as {@code description} (never a key), in the grid
 * {@code set}, with {@code tiles} to store.
 */
public record TilePackage(String table, String title, String description, TileMatrixSet set,
                          List<TileAddress> tiles) {

    /** Supplies the bytes of one tile (empty when the service has none there). */
    @FunctionalInterface
    public interface TileFeed<E extends Exception> {
        java.util.Optional<byte[]> bytes(TileAddress tile) throws E;
    }
}
