package rectimap.store.pg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.io.ParseException;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;
import rectimap.store.StoredRows;

/**
 * The work package's own two tables in its GeoPackage, unregistered (like the undo history) so GDAL and QGIS list
 * only the layers:
 * <ul>
 * <li>{@code rectimap_package} — one row: package_id (uuid text), project (address), township_code, township_name,
 * created_at (ISO-8601 UTC), created_by (database user);</li>
 * <li>{@code rectimap_package_base} — one row per packaged planning feature: table_name, fid (in the package),
 * server_fid, version (its row version on the server when packaged), feature (its content, encoded as a
 * one-change history step, {@link StoredRows}).</li>
 * </ul>
 */
final class WorkPackageFile {
    static final String INFO = "rectimap_package";
    static final String BASE = "rectimap_package_base";

    private WorkPackageFile() {
    }

    /** Writes both tables into the (closed) GeoPackage {@code file} in one transaction. */
    static void write(Path file, WorkPackageInfo info, List<BaseRow> rows) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (Statement sql = c.createStatement()) {
                sql.execute("CREATE TABLE " + INFO + " (package_id TEXT PRIMARY KEY, project TEXT NOT NULL,"
                        + " township_code TEXT NOT NULL, township_name TEXT NOT NULL, created_at TEXT NOT NULL,"
                        + " created_by TEXT NOT NULL)");
                sql.execute("CREATE TABLE " + BASE + " (table_name TEXT NOT NULL, fid INTEGER NOT NULL,"
                        + " server_fid INTEGER NOT NULL, version INTEGER NOT NULL, feature BLOB NOT NULL,"
                        + " PRIMARY KEY (table_name, fid))");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + INFO + " VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, info.id().toString());
                insert.setString(2, info.project());
                insert.setString(3, info.townshipCode());
                insert.setString(4, info.townshipName());
                insert.setString(5, info.createdAt().toString());
                insert.setString(6, info.createdBy());
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + BASE + " VALUES (?, ?, ?, ?, ?)")) {
                for (BaseRow row : rows) {
                    insert.setString(1, row.tableName());
                    insert.setLong(2, row.fid());
                    insert.setLong(3, row.serverFid());
                    insert.setLong(4, row.version());
                    insert.setBytes(5, StoredRows.encode(new ChangeSet("base",
                            List.of(FeatureChange.added(row.tableName(), row.feature())))));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    /**
     * The package's own row.
     *
     * @throws WorkPackageRefused NOT_A_PACKAGE when the file has none
     */
    static WorkPackageInfo info(Connection c, Path file) throws SQLException {
        requireTable(c, file, INFO);
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT package_id, project,"
                + " township_code, township_name, created_at, created_by FROM " + INFO)) {
            if (!rs.next()) {
                throw new WorkPackageRefused(WorkPackageProblem.NOT_A_PACKAGE, file.toString(), "no package row");
            }
            try {
                return new WorkPackageInfo(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), Instant.parse(rs.getString(5)), rs.getString(6));
            } catch (RuntimeException e) {
                throw new WorkPackageRefused(WorkPackageProblem.NOT_A_PACKAGE, file.toString(), e.getMessage());
            }
        }
    }

    /** Every base row, by layer and package fid. */
    static List<BaseRow> baseRows(Connection c, Path file) throws SQLException {
        requireTable(c, file, BASE);
        List<BaseRow> rows = new ArrayList<>();
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT table_name, fid,"
                + " server_fid, version, feature FROM " + BASE + " ORDER BY table_name, fid")) {
            while (rs.next()) {
                try {
                    FeatureChange add = StoredRows.step("base", rs.getBytes(5)).changes().get(0);
                    rows.add(new BaseRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), add.after()));
                } catch (ParseException | IndexOutOfBoundsException e) {
                    throw new WorkPackageRefused(WorkPackageProblem.NOT_A_PACKAGE, file.toString(),
                            "base row " + rs.getString(1) + "#" + rs.getLong(2) + ": " + e.getMessage());
                }
            }
        }
        return rows;
    }

    private static void requireTable(Connection c, Path file, String table) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    throw new WorkPackageRefused(WorkPackageProblem.NOT_A_PACKAGE, file.toString(), "no " + table);
                }
            }
        }
    }
}
