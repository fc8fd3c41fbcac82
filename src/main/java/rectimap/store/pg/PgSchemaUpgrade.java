package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import rectimap.model.LayerInfo;

/**
 * Brings a shared project published by an earlier version up to this version's layout, in place and in ONE
 * transaction: the change log's column keeping each step ({@value PgProjectTables#STEP_CHANGES}, which undo across
 * sessions reads), the photo tables with the 照片 layer's table and the mapping tables ({@link PgPhotoPublish}), the
 * place for removed features' photos ({@link PgPhotoAside}), and every grant and policy made anew
 * ({@link PgAccess#secure}). Features, steps and accounts stay as they are. Only the project's owner (the account
 * that published it, or a superuser) may change its tables, so this runs when the owner opens the project, in the
 * window or with any command ({@link PgFeatureStore#open}); another account opens an outdated project as it is and
 * is told that the owner must open it once ({@link Layout#OUTDATED}).
 */
final class PgSchemaUpgrade {
    /** How a project's layout stands when it is opened. */
    enum Layout {
        /** This version's layout. */
        CURRENT,
        /** Published by an earlier version and upgraded now, by this opening. */
        UPGRADED,
        /** Published by an earlier version; this account may not upgrade it (the owner must open it once). */
        OUTDATED
    }

    private PgSchemaUpgrade() {
    }

    /** Upgrades the project in {@code schema} when it is outdated and {@code c}'s login owns it; autocommit after. */
    static Layout onOpening(Connection c, String schema) throws SQLException {
        if (current(c, schema)) {
            return Layout.CURRENT;
        }
        if (!owned(c, schema)) {
            return Layout.OUTDATED;
        }
        c.setAutoCommit(false);
        try (Statement sql = c.createStatement()) {
            // Two owners opening at once (or one adding an account): the second waits here, then finds it current.
            PgAccess.waitForOthersSecuring(sql);
            if (current(c, schema)) {
                c.commit();
                return Layout.CURRENT;
            }
            upgrade(c, schema);
            c.commit();
            return Layout.UPGRADED;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Whether the project in {@code schema} has everything this version writes. */
    static boolean current(Connection c, String schema) throws SQLException {
        return PgColumns.exists(c, schema, PgProjectTables.STEPS, PgProjectTables.STEP_CHANGES)
                && PgPhotoTables.present(c, schema) && PgPhotoAside.present(c, schema);
    }

    private static void upgrade(Connection c, String schema) throws SQLException {
        List<LayerInfo> layers = PgProjectTables.layers(c, schema);
        if (!PgColumns.exists(c, schema, PgProjectTables.STEPS, PgProjectTables.STEP_CHANGES)) {
            try (Statement sql = c.createStatement()) {
                sql.execute("ALTER TABLE " + qualified(schema, PgProjectTables.STEPS) + " ADD COLUMN "
                        + quote(PgProjectTables.STEP_CHANGES) + " bytea");
            }
        }
        if (!PgPhotoTables.present(c, schema)) {
            PgPhotoPublish.createTables(c, schema, layers);
        } else if (!PgPhotoAside.present(c, schema)) {
            PgPhotoAside.create(c, schema);
        }
        PgAccess.secure(c, schema, layers);
    }

    /** Whether {@code c}'s login owns the project's tables (or is a superuser), so it may change them. */
    private static boolean owned(Connection c, String schema) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT pg_has_role(current_user, relowner, 'USAGE')"
                + " FROM pg_class WHERE oid = to_regclass(?)")) {
            query.setString(1, qualified(schema, PgProjectTables.LAYERS));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
