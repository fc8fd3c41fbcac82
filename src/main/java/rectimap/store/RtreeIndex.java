package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.locationtech.jts.geom.Envelope;

/**
 * The spatial index of the GeoPackage extension {@code gpkg_rtree_index} (spec Annex F.3): a virtual R*Tree table
 * {@code rtree_<table>_<geom>} and the six triggers that keep it in step with the feature table. The triggers are
 * the spec's own text, so GDAL and QGIS keep the index right when they edit the file.
 */
final class RtreeIndex {
    static final String EXTENSION = "gpkg_rtree_index";
    static final String DEFINITION = "http://www.geopackage.org/spec120/#extension_rtree";

    private RtreeIndex() {
    }

    /** Declares the index of {@code table}.{@code geom} in gpkg_extensions (the row GDAL and QGIS look for). */
    static void declare(Connection connection, String table, String geom) throws SQLException {
        try (java.sql.PreparedStatement extension = connection.prepareStatement("INSERT INTO gpkg_extensions"
                + " (table_name, column_name, extension_name, definition, scope) VALUES (?, ?, ?, ?, 'write-only')")) {
            extension.setString(1, table);
            extension.setString(2, geom);
            extension.setString(3, EXTENSION);
            extension.setString(4, DEFINITION);
            extension.executeUpdate();
        }
    }

    /** Creates the empty R-tree table for a feature table. */
    static void createTable(Connection connection, String table, String geom) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE VIRTUAL TABLE " + quote(SqlNames.rtreeName(table, geom))
                    + " USING rtree(id, minx, maxx, miny, maxy)");
        }
    }

    /**
     * The statement that fills the index of {@code table}.{@code geom} directly during a bulk load (before the
     * triggers exist), one {@link #addRow} a feature.
     */
    static PreparedStatement prepareRows(Connection connection, String table, String geom) throws SQLException {
        return connection.prepareStatement("INSERT INTO " + quote(SqlNames.rtreeName(table, geom))
                + " VALUES (?, ?, ?, ?, ?)");
    }

    /** Adds the row of feature {@code fid} with the envelope {@code box} (not empty) to {@code rows}' batch. */
    static void addRow(PreparedStatement rows, long fid, Envelope box) throws SQLException {
        rows.setLong(1, fid);
        rows.setDouble(2, box.getMinX());
        rows.setDouble(3, box.getMaxX());
        rows.setDouble(4, box.getMinY());
        rows.setDouble(5, box.getMaxY());
        rows.addBatch();
    }

    /**
     * Creates the triggers. Done after a bulk load (which fills the index directly from the envelopes at hand), so
     * loading does not pay five SQL function calls per row; later edits by anyone go through the triggers.
     */
    static void createTriggers(Connection connection, String table, String geom, String fid) throws SQLException {
        String t = quote(table);
        String g = quote(geom);
        String i = quote(fid);
        String rtree = SqlNames.rtreeName(table, geom);
        String r = quote(rtree);
        String insertNew = "INSERT OR REPLACE INTO " + r + " VALUES (NEW." + i + ", ST_MinX(NEW." + g + "),"
                + " ST_MaxX(NEW." + g + "), ST_MinY(NEW." + g + "), ST_MaxY(NEW." + g + "));";
        String present = "(NEW." + g + " NOTNULL AND NOT ST_IsEmpty(NEW." + g + "))";
        String absent = "(NEW." + g + " ISNULL OR ST_IsEmpty(NEW." + g + "))";
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TRIGGER " + quote(rtree + "_insert") + " AFTER INSERT ON " + t
                    + " WHEN " + present + " BEGIN " + insertNew + " END");
            sql.execute("CREATE TRIGGER " + quote(rtree + "_update1") + " AFTER UPDATE OF " + g + " ON " + t
                    + " WHEN OLD." + i + " = NEW." + i + " AND " + present + " BEGIN " + insertNew + " END");
            sql.execute("CREATE TRIGGER " + quote(rtree + "_update2") + " AFTER UPDATE OF " + g + " ON " + t
                    + " WHEN OLD." + i + " = NEW." + i + " AND " + absent
                    + " BEGIN DELETE FROM " + r + " WHERE id = OLD." + i + "; END");
            sql.execute("CREATE TRIGGER " + quote(rtree + "_update3") + " AFTER UPDATE ON " + t
                    + " WHEN OLD." + i + " != NEW." + i + " AND " + present
                    + " BEGIN DELETE FROM " + r + " WHERE id = OLD." + i + "; " + insertNew + " END");
            sql.execute("CREATE TRIGGER " + quote(rtree + "_update4") + " AFTER UPDATE ON " + t
                    + " WHEN OLD." + i + " != NEW." + i + " AND " + absent
                    + " BEGIN DELETE FROM " + r + " WHERE id IN (OLD." + i + ", NEW." + i + "); END");
            sql.execute("CREATE TRIGGER " + quote(rtree + "_delete") + " AFTER DELETE ON " + t
                    + " WHEN OLD." + g + " NOT NULL BEGIN DELETE FROM " + r + " WHERE id = OLD." + i + "; END");
        }
    }
}
