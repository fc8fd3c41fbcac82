package rectimap.store.pg;

import static rectimap.store.pg.PgNames.literal;
import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import rectimap.media.PhotoLayer;
import rectimap.model.LayerInfo;

/**
 * The 照片 layer of a shared project. Its table is made by {@code publish}; like in a GeoPackage it joins the layer
 * list only when its first point arrives. Accounts that add photos may not write {@code rectimap_layer}, so the
 * registration is the SECURITY DEFINER function {@code rectimap_photo_layer_ready()} (owned by the publisher,
 * callable by office and township accounts, harmless when the layer is listed already).
 */
final class PgPhotoLayer {
    static final String READY = "rectimap_photo_layer_ready";

    private PgPhotoLayer() {
    }

    /** Creates the registration function; inside publish's transaction. */
    static void createRegistration(Connection c, String schema) throws SQLException {
        LayerInfo info = PhotoLayer.info();
        try (Statement sql = c.createStatement()) {
            sql.execute("CREATE OR REPLACE FUNCTION " + qualified(schema, READY) + "() RETURNS void LANGUAGE sql"
                    + " SECURITY DEFINER SET search_path = " + quote(schema) + ", public AS $$ INSERT INTO "
                    + qualified(schema, PgProjectTables.LAYERS) + " (position, table_name, title, role, provenance,"
                    + " note, srid, geometry_kind) SELECT coalesce(max(position), -1) + 1, "
                    + literal(info.tableName()) + ", " + literal(info.title()) + ", " + literal(info.role().name())
                    + ", " + literal(info.provenance().name()) + ", " + literal(info.note()) + ", " + info.srid()
                    + ", " + literal(info.type().geometryKind().name()) + " FROM "
                    + qualified(schema, PgProjectTables.LAYERS) + " ON CONFLICT (table_name) DO NOTHING $$");
            sql.execute("REVOKE ALL ON FUNCTION " + qualified(schema, READY) + "() FROM PUBLIC");
        }
    }

    /** Lists the 照片 layer, when it is not listed yet; in the caller's transaction. */
    static void register(Connection c, String schema) throws SQLException {
        try (Statement sql = c.createStatement()) {
            sql.execute("SELECT " + qualified(schema, READY) + "()");
        }
    }
}
