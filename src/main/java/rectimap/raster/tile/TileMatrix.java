package rectimap.raster.tile;

import org.locationtech.jts.geom.Envelope;

/**
 * One level of a tile pyramid in its CRS's units (x east, y north, whatever the CRS's official axis order): the
 * top-left corner of tile (0, 0), the ground size of one pixel, the tile size in pixels and how many tiles there
 * are. Columns grow east, rows grow south (WMTS and GeoPackage; MBTiles rows are flipped by their reader).
 *
 * @param id the identifier a service or table knows the level by ("15", "EPSG:3857:15")
 * @param zoom the level's zoom number (GeoPackage zoom_level, XYZ z); for WMTS the position in the set
 */
public record TileMatrix(String id, int zoom, double resolutionX, double resolutionY, double originX,
                         double originY, int tileWidth, int tileHeight, long matrixWidth, long matrixHeight) {

    public TileMatrix {
        if (!(resolutionX > 0) || !(resolutionY > 0) || tileWidth <= 0 || tileHeight <= 0 || matrixWidth <= 0
                || matrixHeight <= 0) {
            throw new IllegalArgumentException("tile matrix " + id + " needs positive sizes");
        }
    }

    /** Ground width of one tile. */
    public double tileSpanX() {
        return resolutionX * tileWidth;
    }

    /** Ground height of one tile. */
    public double tileSpanY() {
        return resolutionY * tileHeight;
    }

    /** The whole matrix on the ground. */
    public Envelope extent() {
        return new Envelope(originX, originX + matrixWidth * tileSpanX(), originY - matrixHeight * tileSpanY(),
                originY);
    }

    /** The ground a tile covers. */
    public Envelope tileEnvelope(long column, long row) {
        double minX = originX + column * tileSpanX();
        double maxY = originY - row * tileSpanY();
        return new Envelope(minX, minX + tileSpanX(), maxY - tileSpanY(), maxY);
    }

    /**
     * The tiles that touch {@code area} (in this matrix's CRS), clipped to the matrix; empty when they do not meet.
     * A tile merely sharing an edge with the area is left out.
     */
    public TileRange range(Envelope area) {
        long minCol = Math.max(0, (long) Math.floor((area.getMinX() - originX) / tileSpanX()));
        long maxCol = Math.min(matrixWidth - 1, (long) Math.ceil((area.getMaxX() - originX) / tileSpanX()) - 1);
        long minRow = Math.max(0, (long) Math.floor((originY - area.getMaxY()) / tileSpanY()));
        long maxRow = Math.min(matrixHeight - 1, (long) Math.ceil((originY - area.getMinY()) / tileSpanY()) - 1);
        return new TileRange(this, minCol, minRow, maxCol, maxRow);
    }
}
