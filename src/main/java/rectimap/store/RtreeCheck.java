package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A feature table's spatial index against the table: the R-tree table and its six triggers exist when
 * gpkg_extensions declares the index, every non-empty geometry has an index entry, no entry points at a missing row,
 * and each entry's box holds its geometry's envelope (the R-tree stores floats, so it may be slightly larger), and
 * SQLite's own {@code rtreecheck} finds its node rows whole.
 */
final class RtreeCheck {
    private RtreeCheck() {
    }

    static List<CheckFinding> run(Connection connection, StoredLayer layer) throws SQLException {
        List<CheckFinding> findings = new ArrayList<>();
        String table = layer.tableName();
        String rtree = SqlNames.rtreeName(table, layer.geometryColumn());
        boolean declared = GpkgStructureCheck.integer(connection, "SELECT count(*) FROM sqlite_master WHERE type ="
                + " 'table' AND name = 'gpkg_extensions'") > 0 && !GpkgStructureCheck.rows(connection, "SELECT 1 FROM"
                + " gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' AND lower(table_name) = lower('"
                + table.replace("'", "''") + "')").isEmpty();
        if (!layer.hasRtree()) {
            if (declared) {
                findings.add(finding(table, null, "check.rtree.missing", rtree));
            }
            return findings;
        }
        String structure = structure(connection, rtree);
        if (!structure.equals("ok")) {
            findings.add(finding(table, null, "check.rtree.damaged", structure));
            return findings;
        }
        int triggers = GpkgStructureCheck.integer(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                + " AND name LIKE '" + rtree.replace("'", "''").replace("_", "\\_") + "\\_%' ESCAPE '\\'");
        if (triggers < 6) {
            findings.add(finding(table, null, "check.rtree.triggers", triggers));
        }
        String t = quote(table);
        String id = quote(layer.idColumn());
        String g = quote(layer.geometryColumn());
        String r = quote(rtree);
        for (String[] row : GpkgStructureCheck.rows(connection, "SELECT t." + id + " FROM " + t + " t WHERE t." + g
                + " IS NOT NULL AND NOT ST_IsEmpty(t." + g + ") AND t." + id + " NOT IN (SELECT id FROM " + r + ")")) {
            findings.add(finding(table, Long.valueOf(row[0]), "check.rtree.noEntry"));
        }
        for (String[] row : GpkgStructureCheck.rows(connection, "SELECT r.id FROM " + r + " r WHERE r.id NOT IN"
                + " (SELECT " + id + " FROM " + t + ")")) {
            findings.add(finding(table, Long.valueOf(row[0]), "check.rtree.entryWithoutFeature"));
        }
        for (String[] row : GpkgStructureCheck.rows(connection, "SELECT t." + id + " FROM " + t + " t JOIN " + r
                + " r ON r.id = t." + id + " WHERE ST_MinX(t." + g + ") < r.minx OR ST_MaxX(t." + g + ") > r.maxx"
                + " OR ST_MinY(t." + g + ") < r.miny OR ST_MaxY(t." + g + ") > r.maxy")) {
            findings.add(finding(table, Long.valueOf(row[0]), "check.rtree.boxTooSmall"));
        }
        return findings;
    }

    /** SQLite's {@code rtreecheck} of the index: "ok", what it found, or why the index cannot be read at all. */
    private static String structure(Connection connection, String rtree) {
        try (java.sql.PreparedStatement check = connection.prepareStatement("SELECT rtreecheck(?)")) {
            check.setString(1, rtree);
            try (java.sql.ResultSet row = check.executeQuery()) {
                return row.next() ? row.getString(1).strip() : "no answer from rtreecheck";
            }
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static CheckFinding finding(String table, Long fid, String key, Object... arguments) {
        return CheckFinding.of(CheckFinding.Kind.SPATIAL_INDEX, table, fid, key, arguments);
    }
}
