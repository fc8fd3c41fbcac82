package rectimap.raster.service;

import java.util.ArrayList;
import java.util.List;
import rectimap.raster.tile.TileCrs;
import rectimap.raster.tile.TileMatrix;
import rectimap.raster.tile.TileMatrixSet;
import rectimap.raster.tile.WellKnownSets;

/**
 * The fixed grid Rectimap cuts a WMS map into: 512-pixel tiles at power-of-two resolutions from a fixed corner, so
 * the same view asks for the same tiles (cacheable) and a label is cut at most at a 512-pixel edge. Lon/lat CRSs use
 * the Tianditu {@code c} levels (as 512-pixel tiles), projected ones 1/8 m … 4096 m per pixel from (−2^26, 2^26).
 */
public final class WmsTileGrid {
    /** Tile side, pixels. */
    public static final int TILE_PX = 512;
    private static final double PROJECTED_CORNER = 1 << 26;

    private WmsTileGrid() {
    }

    public static TileMatrixSet of(TileCrs crs) {
        List<TileMatrix> matrices = new ArrayList<>();
        if (crs.isGeographic()) {
            for (TileMatrix m : WellKnownSets.tiandituLonLat().matrices()) {
                matrices.add(new TileMatrix(m.id(), m.zoom(), m.resolutionX() / 2, m.resolutionY() / 2, -180, 90,
                        TILE_PX, TILE_PX, m.matrixWidth(), m.matrixHeight()));
            }
        } else {
            for (int z = 0; z <= 15; z++) {
                double resolution = Math.scalb(4096.0, -z);
                long tiles = (long) Math.ceil(2 * PROJECTED_CORNER / (resolution * TILE_PX));
                matrices.add(new TileMatrix(Integer.toString(z), z, resolution, resolution, -PROJECTED_CORNER,
                        PROJECTED_CORNER, TILE_PX, TILE_PX, tiles, tiles));
            }
        }
        return new TileMatrixSet("wms-EPSG:" + crs.epsg(), crs, matrices);
    }
}
