package rectimap.raster.tile;

import java.util.ArrayList;
import java.util.List;

/**
 * Tile matrix sets defined by convention rather than by a capabilities document: XYZ / Web Mercator
 * (GoogleMapsCompatible) and the two sets of Tianditu (天地图): {@code c}, CGCS2000 lon/lat with two tiles of
 * 180° at level 1, and {@code w}, Web Mercator from level 1.
 */
public final class WellKnownSets {
    /** Tile side of every well-known set, pixels. */
    public static final int TILE_PX = 256;
    /** The deepest level Tianditu serves. */
    public static final int TIANDITU_MAX_ZOOM = 18;

    private WellKnownSets() {
    }

    /** Web Mercator levels {@code minZoom..maxZoom}: 2^z × 2^z tiles over the square world. */
    public static TileMatrixSet webMercator(String id, int minZoom, int maxZoom) {
        List<TileMatrix> matrices = new ArrayList<>();
        double world = 2 * TileCrs.MERCATOR_HALF_WORLD;
        for (int z = minZoom; z <= maxZoom; z++) {
            long tiles = 1L << z;
            double resolution = world / (TILE_PX * (double) tiles);
            matrices.add(new TileMatrix(Integer.toString(z), z, resolution, resolution, -TileCrs.MERCATOR_HALF_WORLD,
                    TileCrs.MERCATOR_HALF_WORLD, TILE_PX, TILE_PX, tiles, tiles));
        }
        return new TileMatrixSet(id, TileCrs.ofEpsg(TileCrs.WEB_MERCATOR), matrices);
    }

    /** Tianditu {@code c}: EPSG:4490 degrees, level z has 2^z × 2^(z-1) tiles of 0.703125 / 2^(z-1) °/px. */
    public static TileMatrixSet tiandituLonLat() {
        List<TileMatrix> matrices = new ArrayList<>();
        for (int z = 1; z <= TIANDITU_MAX_ZOOM; z++) {
            double resolution = 360.0 / (TILE_PX * (double) (1L << z));
            matrices.add(new TileMatrix(Integer.toString(z), z, resolution, resolution, -180, 90, TILE_PX, TILE_PX,
                    1L << z, 1L << (z - 1)));
        }
        return new TileMatrixSet("c", TileCrs.ofEpsg(4490), matrices);
    }

    /** Tianditu {@code w}: Web Mercator levels 1–18. */
    public static TileMatrixSet tiandituMercator() {
        return webMercator("w", 1, TIANDITU_MAX_ZOOM);
    }
}
