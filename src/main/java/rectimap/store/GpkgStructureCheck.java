package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The GeoPackage rules {@link ProjectCheck} verifies in SQL (spec clauses 1.1 and 2.1): the application id, the
 * required tables, the three required CRS rows, every CRS referenced being defined, every registered table existing,
 * and each feature table's geometry column declared with the type gpkg_geometry_columns names.
 */
final class GpkgStructureCheck {
    /** 'GPKG', and 'GP10'/'GP11' of GeoPackage 1.0 and 1.1. */
    private static final Set<Integer> APPLICATION_IDS = Set.of(GpkgCoreSchema.APPLICATION_ID, 0x47503130, 0x47503131);

    private GpkgStructureCheck() {
    }

    static List<CheckFinding> run(Connection connection) throws SQLException {
        List<CheckFinding> findings = new ArrayList<>();
        int applicationId = integer(connection, "PRAGMA application_id");
        if (!APPLICATION_IDS.contains(applicationId)) {
            findings.add(finding(null, "check.gpkg.applicationId", String.format("0x%08X", applicationId)));
        }
        for (String table : List.of("gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns")) {
            if (integer(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")
                    == 0) {
                findings.add(finding(null, "check.gpkg.tableMissing", table));
            }
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        for (int srsId : new int[] {-1, 0, 4326}) {
            if (integer(connection, "SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id = " + srsId) == 0) {
                findings.add(finding(null, "check.gpkg.srsRowMissing", srsId));
            }
        }
        for (String[] row : rows(connection, "SELECT table_name, srs_id FROM gpkg_contents WHERE srs_id IS NOT NULL"
                + " AND srs_id NOT IN (SELECT srs_id FROM gpkg_spatial_ref_sys) UNION SELECT table_name, srs_id"
                + " FROM gpkg_geometry_columns WHERE srs_id NOT IN (SELECT srs_id FROM gpkg_spatial_ref_sys)")) {
            findings.add(finding(row[0], "check.gpkg.srsUndefined", row[1]));
        }
        for (String[] row : rows(connection, "SELECT table_name, data_type FROM gpkg_contents WHERE lower(table_name)"
                + " NOT IN (SELECT lower(name) FROM sqlite_master WHERE type IN ('table', 'view'))")) {
            findings.add(finding(row[0], "check.gpkg.tableOfContentsMissing", row[1]));
        }
        for (String[] row : rows(connection, "SELECT c.table_name FROM gpkg_contents c WHERE c.data_type = 'features'"
                + " AND c.table_name NOT IN (SELECT table_name FROM gpkg_geometry_columns)")) {
            findings.add(finding(row[0], "check.gpkg.noGeometryColumn"));
        }
        for (String[] row : rows(connection, "SELECT g.table_name, g.column_name, g.geometry_type_name, i.type"
                + " FROM gpkg_geometry_columns g JOIN pragma_table_info(g.table_name) i ON i.name = g.column_name"
                + " WHERE upper(i.type) <> upper(g.geometry_type_name)")) {
            findings.add(finding(row[0], "check.gpkg.columnType", row[1], row[3], row[2]));
        }
        return findings;
    }

    private static CheckFinding finding(String table, String key, Object... arguments) {
        return CheckFinding.of(CheckFinding.Kind.GEOPACKAGE, table, null, key, arguments);
    }

    static int integer(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    static List<String[]> rows(Connection connection, String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
