package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import rectimap.model.GeometryKind;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

/**
 * The shared project's own tables in its schema, beside the layer tables and the tables copied from the GeoPackage:
 * <ul>
 * <li>{@code rectimap_layer} — the layer list: position, table name, title, role, provenance, note, srid, kind;</li>
 * <li>{@code rectimap_step} — one row per step applied (its id from the client: a step sent twice after a
 * reconnect is applied once), who (database user), when, the step's name and per-layer counts: the change log;
 * and the step itself, from which each user's undo history is read back at opening ({@link PgOwnHistory});</li>
 * <li>the trigger functions {@code rectimap_row_version} (raises {@code rectimap_version} on every UPDATE) and
 * {@code rectimap_row_notify} (a {@code NOTIFY rectimap} per changed row: schema, table, fid, version, operation,
 * user), so edits made with psql or QGIS are versioned and announced too.</li>
 * </ul>
 */
final class PgProjectTables {
    static final String LAYERS = "rectimap_layer";
    static final String STEPS = "rectimap_step";
    /**
     * The column of {@link #STEPS} holding the step itself (a history row's bytes), so each user's undo history
     * outlives the session; a project published before it was added has none (its users' histories start empty).
     */
    static final String STEP_CHANGES = "changes";
    /** The LISTEN/NOTIFY channel every shared project announces row changes on (the payload names the schema). */
    static final String CHANNEL = "rectimap";

    private PgProjectTables() {
    }

    /** Creates the schema (when missing) and the project's own tables and functions; inside the caller's transaction. */
    static void create(Connection connection, String schema) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
            sql.execute("CREATE TABLE " + qualified(schema, LAYERS) + " (position integer NOT NULL,"
                    + " table_name text PRIMARY KEY, title text NOT NULL, role text NOT NULL, provenance text NOT NULL,"
                    + " note text NOT NULL DEFAULT '', srid integer NOT NULL, geometry_kind text NOT NULL)");
            sql.execute("CREATE TABLE " + qualified(schema, STEPS) + " (step_id uuid PRIMARY KEY,"
                    + " user_name text NOT NULL DEFAULT current_user, applied_at timestamptz NOT NULL DEFAULT now(),"
                    + " action text NOT NULL, name text NOT NULL, summary text NOT NULL DEFAULT '',"
                    + " " + STEP_CHANGES + " bytea)");
            sql.execute("CREATE FUNCTION " + qualified(schema, "rectimap_row_version") + "() RETURNS trigger"
                    + " LANGUAGE plpgsql AS $$ BEGIN NEW.rectimap_version := OLD.rectimap_version + 1;"
                    + " NEW.rectimap_changed_by := current_user;"
                    + " RETURN NEW; END $$");
            sql.execute("CREATE FUNCTION " + qualified(schema, "rectimap_row_notify") + "() RETURNS trigger"
                    + " LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN"
                    + " IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;"
                    + " PERFORM pg_notify('" + CHANNEL + "', json_build_object('schema', TG_TABLE_SCHEMA,"
                    + " 'table', TG_TABLE_NAME, 'fid', r.fid, 'version', r.rectimap_version, 'op', TG_OP,"
                    + " 'user', current_user)::text);"
                    + " RETURN NULL; END $$");
        }
    }

    /** Whether {@code schema} holds a shared project. */
    static boolean exists(Connection connection, String schema) throws SQLException {
        return tableExists(connection, qualified(schema, LAYERS));
    }

    /** Whether the (quoted, qualified) table exists. */
    static boolean tableExists(Connection connection, String qualifiedTable) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, qualifiedTable);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static void register(Connection connection, String schema, int position, LayerInfo info) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + qualified(schema, LAYERS)
                + " (position, table_name, title, role, provenance, note, srid, geometry_kind)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, position);
            insert.setString(2, info.tableName());
            insert.setString(3, info.title());
            insert.setString(4, info.role().name());
            insert.setString(5, info.provenance().name());
            insert.setString(6, info.note());
            insert.setInt(7, info.srid());
            insert.setString(8, info.type().geometryKind().name());
            insert.executeUpdate();
        }
    }

    /** The registered layers in order, their fields read from the tables' columns (fid, geom and the version left out). */
    static List<LayerInfo> layers(Connection connection, String schema) throws SQLException {
        List<LayerInfo> layers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT table_name, title, role, provenance, note,"
                + " srid, geometry_kind FROM " + qualified(schema, LAYERS) + " ORDER BY position, table_name");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                layers.add(new LayerInfo(new rectimap.model.FeatureType(table,
                        GeometryKind.valueOf(rs.getString(7)), PgColumns.fields(connection, schema, table)),
                        rs.getString(2), LayerRole.valueOf(rs.getString(3)), Provenance.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getInt(6)));
            }
        }
        return layers;
    }
}
