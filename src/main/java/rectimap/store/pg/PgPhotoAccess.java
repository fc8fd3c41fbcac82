package rectimap.store.pg;

import static rectimap.store.pg.PgNames.literal;
import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import rectimap.media.PhotoLayer;
import rectimap.model.LayerInfo;

/**
 * Who may add photos to a shared project, held by the database like the features' rules ({@link PgAccess}):
 * everyone reads; the office adds and removes anything; a township account adds a picture (INSERT on
 * {@value PgPhotoTables#MEDIA}), links it to a feature and places its 照片 point only where the feature lies in its
 * township. The check is the SECURITY DEFINER function {@code rectimap_photo_mine(layer, fid, geom)}: the feature
 * {@code fid} of the listed layer {@code layer} must satisfy {@code rectimap_in_my_township} (its interior point in
 * the account's township); a 照片 point without a feature is checked by its own position; for the 照片 layer's own
 * mapping table the point's feature is checked; a point whose feature is not there (gone in the same step, before
 * the point goes or after it comes back: {@link PgBelongingPoints}) by its own position. Row-level security on every mapping table and on the 照片 layer
 * applies it USING and WITH CHECK, so a link can neither be made to, nor moved onto, another township's feature.
 */
final class PgPhotoAccess {
    static final String MINE = "rectimap_photo_mine";

    private PgPhotoAccess() {
    }

    /**
     * The check function, grants and policies of the photo tables (when the project has them), before the layers
     * are secured; the 照片 layer's table here only while it is not listed among {@code layers} yet.
     */
    static void secure(Connection c, String schema, List<LayerInfo> layers) throws SQLException {
        if (!PgPhotoTables.present(c, schema)) {
            return;
        }
        String township = quote(AccountKind.TOWNSHIP.groupRole(schema));
        String office = quote(AccountKind.OFFICE.groupRole(schema));
        try (Statement sql = c.createStatement()) {
            sql.execute("CREATE OR REPLACE FUNCTION " + qualified(schema, MINE) + "(in_layer text, in_fid bigint,"
                    + " in_geom geometry) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = "
                    + quote(schema) + ", public AS $$ DECLARE g geometry; l text; f bigint; BEGIN"
                    + " IF in_layer = " + literal(PhotoLayer.TABLE) + " THEN"
                    + " SELECT p.linked_layer, p.linked_fid, p.geom INTO l, f, g FROM " + quote(PhotoLayer.TABLE)
                    + " p WHERE p.fid = in_fid;"
                    + " IF NOT FOUND OR l = " + literal(PhotoLayer.TABLE) + " THEN RETURN false; END IF;"
                    + " RETURN " + quote(MINE) + "(l, f, g); END IF;"
                    + " IF in_layer IS NULL OR in_fid IS NULL THEN RETURN rectimap_in_my_township(in_geom); END IF;"
                    + " IF NOT EXISTS (SELECT 1 FROM " + PgProjectTables.LAYERS + " WHERE table_name = in_layer)"
                    + " THEN RETURN false; END IF;"
                    + " EXECUTE format('SELECT geom FROM %I WHERE fid = $1', in_layer) INTO g USING in_fid;"
                    + " RETURN rectimap_in_my_township(coalesce(g, in_geom)); END $$");
            sql.execute("GRANT INSERT ON " + qualified(schema, PgPhotoTables.MEDIA) + " TO " + township);
            sql.execute("GRANT EXECUTE ON FUNCTION " + qualified(schema, PgPhotoLayer.READY) + "() TO " + office
                    + ", " + township);
        }
        for (String[] relation : relations(c, schema)) {
            secureMapping(c, schema, relation[0], relation[1]);
        }
        if (PgPhotoAside.present(c, schema)) {
            try (Statement sql = c.createStatement()) {
                PgPhotoAside.secure(sql, schema);
            }
        }
        if (layers.stream().noneMatch(l -> l.tableName().equals(PhotoLayer.TABLE))
                && PgProjectTables.tableExists(c, qualified(schema, PhotoLayer.TABLE))) {
            PgAccess.secureLayer(c, schema, PhotoLayer.info());
        }
    }

    /** The township policy of the 照片 layer's table (its other policies are every layer's). */
    static void securePoints(Statement sql, String schema) throws SQLException {
        String mine = qualified(schema, MINE) + "(" + quote(PhotoLayer.LINKED_LAYER) + ", "
                + quote(PhotoLayer.LINKED_FID) + ", " + quote(PgLayerTable.GEOMETRY) + ")";
        String table = qualified(schema, PhotoLayer.TABLE);
        String township = quote(AccountKind.TOWNSHIP.groupRole(schema));
        sql.execute("CREATE POLICY rectimap_township ON " + table + " FOR ALL TO " + township + " USING (" + mine
                + ") WITH CHECK (" + mine + ")");
        sql.execute("GRANT INSERT, UPDATE, DELETE ON " + table + " TO " + township);
    }

    private static void secureMapping(Connection c, String schema, String layer, String mapping)
            throws SQLException {
        String table = qualified(schema, mapping);
        String township = quote(AccountKind.TOWNSHIP.groupRole(schema));
        String mine = qualified(schema, MINE) + "(" + literal(layer) + ", base_id, NULL)";
        try (Statement sql = c.createStatement()) {
            PgAccess.readByAllWrittenByOffice(sql, schema, table);
            sql.execute("CREATE POLICY rectimap_township ON " + table + " FOR ALL TO " + township + " USING ("
                    + mine + ") WITH CHECK (" + mine + ")");
            sql.execute("GRANT INSERT, DELETE ON " + table + " TO " + township);
        }
    }

    /** {base table, mapping table} of every registered photo relation. */
    private static List<String[]> relations(Connection c, String schema) throws SQLException {
        List<String[]> relations = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT base_table_name, mapping_table_name FROM "
                + qualified(schema, PgPhotoTables.RELATIONS) + " WHERE related_table_name = ? ORDER BY id")) {
            query.setString(1, PgPhotoTables.MEDIA);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    relations.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return relations;
    }
}
