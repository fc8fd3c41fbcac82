package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import rectimap.media.PhotoLayer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;

/**
 * Who may do what in a shared project, held by the database: one group role per {@link AccountKind}, grants, and
 * row-level security on every planning layer. A township account may insert, update and delete only rows whose
 * geometry's interior point ({@code ST_PointOnSurface}) lies in the polygon of ITS township in the reference layer
 * {@code township} (matched by {@code name}), both before (USING) and after (WITH CHECK) the change: so it can
 * neither touch another township's features nor move or draw one into another township. The interior point rather
 * than "intersects" gives every feature exactly one township, also one that touches a border; the geometry rather
 * than a township text column, because a column is just another value the account could change. The membership
 * lives in {@code rectimap_account} (role → kind, township); the check is the SECURITY DEFINER function
 * {@code rectimap_in_my_township(geometry)} over {@code session_user}. Running {@link #secure} again is harmless.
 */
final class PgAccess {
    static final String ACCOUNTS = "rectimap_account";
    static final String TOWNSHIP_LAYER = "township";
    /** The advisory lock key every Rectimap securing a project takes (per database): "Rectimap" in ASCII. */
    private static final long SECURING_LOCK = 0x52656374696d6170L;

    private PgAccess() {
    }

    /**
     * Creates the group roles (when missing), the account table, the township check, grants and policies.
     *
     * <p>Grants update the catalog rows of every table without locking the tables, and the policies then lock each
     * layer table. So that this neither races another securing session nor deadlocks with ANALYZE (autovacuum
     * analyzes a project soon after it is published), it first waits for any other Rectimap securing this database
     * (a transaction-scoped advisory lock) and then holds every table of the schema (and QGIS's style table) in SHARE
     * UPDATE EXCLUSIVE mode, the mode VACUUM and ANALYZE take; readers and writers are not blocked by it.
     */
    static void secure(Connection c, String schema, List<LayerInfo> layers) throws SQLException {
        try (Statement sql = c.createStatement()) {
            waitForOthersSecuring(sql);
            for (AccountKind kind : AccountKind.values()) {
                // Roles are the cluster's: another database's project of the same schema name may create it at once.
                sql.execute("DO $$ BEGIN CREATE ROLE " + quote(kind.groupRole(schema)) + " NOLOGIN; EXCEPTION WHEN"
                        + " duplicate_object OR unique_violation THEN NULL; END $$");
            }
            sql.execute("CREATE TABLE IF NOT EXISTS " + qualified(schema, ACCOUNTS) + " (role_name text PRIMARY KEY,"
                    + " kind text NOT NULL, township text)");
            holdTablesFromAnalyze(c, sql, schema);
            sql.execute("CREATE OR REPLACE FUNCTION " + qualified(schema, "rectimap_in_my_township") + "(g geometry)"
                    + " RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = "
                    + quote(schema) + ", public AS $$ SELECT EXISTS (SELECT 1 FROM " + qualified(schema, ACCOUNTS)
                    + " a JOIN " + qualified(schema, TOWNSHIP_LAYER) + " t ON t.name = a.township"
                    + " WHERE a.role_name = session_user AND g IS NOT NULL AND NOT ST_IsEmpty(g)"
                    + " AND ST_Covers(t.geom, ST_PointOnSurface(g))) $$");
            String all = groups(schema, AccountKind.values());
            sql.execute("GRANT USAGE ON SCHEMA " + quote(schema) + " TO " + all);
            sql.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + quote(schema) + " TO " + all);
            sql.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + quote(schema) + " TO " + all);
            sql.execute("GRANT EXECUTE ON FUNCTION " + qualified(schema, "rectimap_in_my_township")
                    + "(geometry) TO " + all);
            sql.execute("GRANT SELECT ON public.layer_styles TO " + all);
            String editors = groups(schema, AccountKind.OFFICE, AccountKind.TOWNSHIP);
            sql.execute("GRANT INSERT ON " + qualified(schema, PgProjectTables.STEPS) + " TO " + editors);
            if (PgProjectTables.tableExists(c, qualified(schema, "rectimap_review_verdict"))) {
                sql.execute("GRANT INSERT ON " + qualified(schema, "rectimap_review_verdict") + " TO "
                        + groups(schema, AccountKind.OFFICE, AccountKind.REVIEWER));
            }
            String office = quote(AccountKind.OFFICE.groupRole(schema));
            sql.execute("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + quote(schema) + " TO " + office);
            sql.execute("REVOKE INSERT, UPDATE, DELETE ON " + qualified(schema, ACCOUNTS) + " FROM " + office);
            sql.execute("GRANT INSERT, UPDATE, DELETE ON public.layer_styles TO " + office);
            sql.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + office);
        }
        PgPhotoAccess.secure(c, schema, layers);
        for (LayerInfo layer : layers) {
            secureLayer(c, schema, layer);
        }
    }

    /** Grants and policies of one layer table (a planning layer gets the township rule, the 照片 layer its own). */
    static void secureLayer(Connection c, String schema, LayerInfo layer) throws SQLException {
        String table = qualified(schema, layer.tableName());
        try (Statement sql = c.createStatement()) {
            readByAllWrittenByOffice(sql, schema, table);
            if (layer.role() == LayerRole.PLANNING) {
                String mine = qualified(schema, "rectimap_in_my_township") + "(geom)";
                sql.execute("CREATE POLICY rectimap_township ON " + table + " FOR ALL TO "
                        + quote(AccountKind.TOWNSHIP.groupRole(schema)) + " USING (" + mine + ") WITH CHECK ("
                        + mine + ")");
                sql.execute("GRANT INSERT, UPDATE, DELETE ON " + table + " TO "
                        + quote(AccountKind.TOWNSHIP.groupRole(schema)));
            } else if (layer.tableName().equals(PhotoLayer.TABLE)) {
                PgPhotoAccess.securePoints(sql, schema);
            }
        }
    }

    /**
     * Row-level security on {@code table} with this project's policies made anew: everyone reads, the office does
     * anything; the township rule ({@code rectimap_township}) is the caller's to add.
     */
    static void readByAllWrittenByOffice(Statement sql, String schema, String table) throws SQLException {
        sql.execute("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
        for (String policy : List.of("rectimap_read", "rectimap_office", "rectimap_township")) {
            sql.execute("DROP POLICY IF EXISTS " + quote(policy) + " ON " + table);
        }
        sql.execute("CREATE POLICY rectimap_read ON " + table + " FOR SELECT USING (true)");
        sql.execute("CREATE POLICY rectimap_office ON " + table + " FOR ALL TO "
                + quote(AccountKind.OFFICE.groupRole(schema)) + " USING (true) WITH CHECK (true)");
    }

    /**
     * Waits until no other Rectimap secures (or upgrades, {@link PgSchemaUpgrade}) a project of this database, and
     * holds that turn to the end of the caller's transaction.
     */
    static void waitForOthersSecuring(Statement sql) throws SQLException {
        sql.execute("SELECT pg_advisory_xact_lock(" + SECURING_LOCK + ")");
    }

    private static void holdTablesFromAnalyze(Connection c, Statement sql, String schema) throws SQLException {
        StringBuilder tables = new StringBuilder();
        try (PreparedStatement query = c.prepareStatement("SELECT format('%I.%I', n.nspname, t.relname) FROM pg_class t"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE t.relkind IN ('r', 'p', 'm')"
                + " AND (n.nspname = ? OR (n.nspname = 'public' AND t.relname = 'layer_styles'))"
                + " ORDER BY n.nspname, t.relname")) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    tables.append(tables.isEmpty() ? "" : ", ").append(rs.getString(1));
                }
            }
        }
        if (!tables.isEmpty()) {
            sql.execute("LOCK TABLE " + tables + " IN SHARE UPDATE EXCLUSIVE MODE");
        }
    }

    private static String groups(String schema, AccountKind... kinds) {
        StringBuilder list = new StringBuilder();
        for (AccountKind kind : kinds) {
            list.append(list.isEmpty() ? "" : ", ").append(quote(kind.groupRole(schema)));
        }
        return list.toString();
    }

    static boolean roleExists(Connection c, String role) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
