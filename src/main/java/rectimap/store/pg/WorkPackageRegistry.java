package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The shared project's record of its work packages, in two tables made on the first {@code package}:
 * <ul>
 * <li>{@code rectimap_package} — package_id (uuid), township_code, township_name, created_by, created_at: a merge
 * accepts only a package registered here;</li>
 * <li>{@code rectimap_package_feature} — per package feature that a merge wrote (package_id, table_name,
 * package_fid): its server_fid, the row version the merge left it at and the fingerprint of what was merged, so a
 * second merge of the same (or a further edited) package neither adds a feature twice nor mistakes its own earlier
 * write for someone else's change;</li>
 * <li>{@code rectimap_package_link} — per photo link a merge of the package changed (package_id, table_name,
 * package_fid, sha256 of the photo): whether the package linked it (true) or unlinked it (false), so the next
 * merge compares the package's links with what the last one left, not with the package's base.</li>
 * </ul>
 */
final class WorkPackageRegistry {
    static final String PACKAGES = "rectimap_package";
    static final String MERGED = "rectimap_package_feature";
    static final String LINKS = "rectimap_package_link";

    private WorkPackageRegistry() {
    }

    /** Creates both tables when missing (needs the right to create tables in the schema: the office's account). */
    static void ensure(Connection c, String schema) throws SQLException {
        try (Statement sql = c.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS " + qualified(schema, PACKAGES) + " (package_id uuid PRIMARY KEY,"
                    + " township_code text NOT NULL, township_name text NOT NULL,"
                    + " created_by text NOT NULL DEFAULT current_user, created_at timestamptz NOT NULL DEFAULT now())");
            sql.execute("CREATE TABLE IF NOT EXISTS " + qualified(schema, MERGED) + " (package_id uuid NOT NULL"
                    + " REFERENCES " + qualified(schema, PACKAGES) + ", table_name text NOT NULL,"
                    + " package_fid bigint NOT NULL, server_fid bigint NOT NULL, version bigint NOT NULL,"
                    + " fingerprint text NOT NULL, step_id uuid NOT NULL,"
                    + " PRIMARY KEY (package_id, table_name, package_fid))");
            sql.execute("CREATE TABLE IF NOT EXISTS " + qualified(schema, LINKS) + " (package_id uuid NOT NULL"
                    + " REFERENCES " + qualified(schema, PACKAGES) + ", table_name text NOT NULL,"
                    + " package_fid bigint NOT NULL, sha256 text NOT NULL, linked boolean NOT NULL, step_id uuid,"
                    + " PRIMARY KEY (package_id, table_name, package_fid, sha256))");
        }
    }

    static void register(Connection c, String schema, WorkPackageInfo info) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + qualified(schema, PACKAGES)
                + " (package_id, township_code, township_name, created_by, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, info.id());
            insert.setString(2, info.townshipCode());
            insert.setString(3, info.townshipName());
            insert.setString(4, info.createdBy());
            insert.setObject(5, java.time.OffsetDateTime.ofInstant(info.createdAt(), java.time.ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** Whether the project made package {@code id}. */
    static boolean isRegistered(Connection c, String schema, UUID id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, qualified(schema, PACKAGES));
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return false;
                }
            }
        }
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM " + qualified(schema, PACKAGES)
                + " WHERE package_id = ?")) {
            query.setObject(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** What earlier merges of package {@code id} left for the features of {@code table}, by package fid. */
    static Map<Long, MergePlan.Merged> merged(Connection c, String schema, UUID id, String table) throws SQLException {
        Map<Long, MergePlan.Merged> rows = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT package_fid, server_fid, version, fingerprint FROM "
                + qualified(schema, MERGED) + " WHERE package_id = ? AND table_name = ?")) {
            query.setObject(1, id);
            query.setString(2, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new MergePlan.Merged(rs.getLong(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return rows;
    }

    /** The photo links earlier merges of package {@code id} changed: linked (true) or unlinked (false). */
    static Map<PackagePhotos.PhotoLink, Boolean> links(Connection c, String schema, UUID id) throws SQLException {
        Map<PackagePhotos.PhotoLink, Boolean> rows = new HashMap<>();
        try (PreparedStatement exists = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            exists.setString(1, qualified(schema, LINKS));
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return rows;
                }
            }
        }
        try (PreparedStatement query = c.prepareStatement("SELECT table_name, package_fid, sha256, linked FROM "
                + qualified(schema, LINKS) + " WHERE package_id = ?")) {
            query.setObject(1, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.put(new PackagePhotos.PhotoLink(rs.getString(1), rs.getLong(2), rs.getString(3)),
                            rs.getBoolean(4));
                }
            }
        }
        return rows;
    }

    /** Writes (or replaces) the photo link changes {@code links} of package {@code id}, by step {@code stepId}. */
    static void recordLinks(Connection c, String schema, UUID id, UUID stepId,
            Map<PackagePhotos.PhotoLink, Boolean> links) throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO " + qualified(schema, LINKS)
                + " (package_id, table_name, package_fid, sha256, linked, step_id) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (package_id, table_name, package_fid, sha256) DO UPDATE SET"
                + " linked = EXCLUDED.linked, step_id = EXCLUDED.step_id")) {
            for (Map.Entry<PackagePhotos.PhotoLink, Boolean> link : links.entrySet()) {
                upsert.setObject(1, id);
                upsert.setString(2, link.getKey().table());
                upsert.setLong(3, link.getKey().fid());
                upsert.setString(4, link.getKey().sha256());
                upsert.setBoolean(5, link.getValue());
                upsert.setObject(6, stepId);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** One package feature's new registry row: where it is on the server now, at which version, holding what. */
    record Record(String table, long packageFid, long serverFid, long version, String fingerprint) {
    }

    /** Writes (or replaces) {@code records} for package {@code id}, written by step {@code stepId}. */
    static void record(Connection c, String schema, UUID id, UUID stepId, List<Record> records) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO " + qualified(schema, MERGED)
                + " (package_id, table_name, package_fid, server_fid, version, fingerprint, step_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (package_id, table_name, package_fid) DO UPDATE SET"
                + " server_fid = EXCLUDED.server_fid, version = EXCLUDED.version,"
                + " fingerprint = EXCLUDED.fingerprint, step_id = EXCLUDED.step_id")) {
            for (Record r : records) {
                upsert.setObject(1, id);
                upsert.setString(2, r.table());
                upsert.setLong(3, r.packageFid());
                upsert.setLong(4, r.serverFid());
                upsert.setLong(5, r.version());
                upsert.setString(6, r.fingerprint());
                upsert.setObject(7, stepId);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
