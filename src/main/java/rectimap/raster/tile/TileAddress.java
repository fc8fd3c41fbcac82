package rectimap.raster.tile;

import org.locationtech.jts.geom.Envelope;

/** One tile: its matrix, column (east) and row (south). */
public record TileAddress(TileMatrix matrix, long column, long row) {

    /** The ground the tile covers, in the matrix's CRS. */
    public Envelope envelope() {
        return matrix.tileEnvelope(column, row);
    }

    /** A short stable key such as {@code 15/26712/12345} (matrix id / column / row), for caches and logs. */
    public String key() {
        return matrix.id() + "/" + column + "/" + row;
    }
}
