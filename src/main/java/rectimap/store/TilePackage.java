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

    /** A table name from a source id: {@code basemap_} and the id's letters and digits, e.g. basemap_tianditu_img_c. */
    public static String tableFor(String sourceId) {
        String name = sourceId.replaceAll("^[a-z]+://", "").replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", "");
        if (name.length() > 40) {
            name = name.substring(0, 32) + "_" + Integer.toHexString(sourceId.hashCode());
        }
        return ("basemap_" + name).toLowerCase(java.util.Locale.ROOT);
    }

    /** Supplies the bytes of one tile (empty when the service has none there). */
    @FunctionalInterface
    public interface TileFeed<E extends Exception> {
        java.util.Optional<byte[]> bytes(TileAddress tile) throws E;
    }
}
