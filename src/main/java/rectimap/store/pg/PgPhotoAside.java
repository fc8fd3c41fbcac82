package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a shared project keeps the photos of removed features for their undo ({@link PgDetachedPhotos}):
 * {@value #LINKS} (layer, feature, picture, the step that removed it and who) and {@value #MEDIA} (the media table's
 * columns, for pictures linked to no feature any more). Pictures move there and back through two SECURITY DEFINER
 * functions, since accounts that add photos may not delete pictures: {@code rectimap_photos_aside(ids)} moves only
 * pictures no mapping table links, and {@code rectimap_photos_back(ids)} moves them back, answering the id each has
 * then (a picture imported again meanwhile keeps its new id; the link goes to it). Everyone reads; the office does
 * anything; a township account keeps aside only links of its township's features (WITH CHECK while the feature is
 * there) and takes back what it kept aside itself or what belongs to its township. Kept until the feature comes
 * back: the server keeps each user's undo history in its change log for good ({@link PgOwnHistory}).
 */
final class PgPhotoAside {
    static final String LINKS = "rectimap_photo_links_removed";
    static final String MEDIA = "rectimap_photos_removed";
    static final String ASIDE = "rectimap_photos_aside";
    static final String BACK = "rectimap_photos_back";

    private PgPhotoAside() {
    }

    /** Whether the project keeps removed features' photos (one published or upgraded by this version does). */
    static boolean present(Connection c, String schema) throws SQLException {
        return PgProjectTables.tableExists(c, qualified(schema, LINKS));
    }

    /** Creates the two tables and functions; after the photo tables, inside the caller's transaction. */
    static void create(Connection c, String schema) throws SQLException {
        String media = qualified(schema, PgPhotoTables.MEDIA);
        String kept = qualified(schema, MEDIA);
        String path = " SECURITY DEFINER SET search_path = " + quote(schema) + ", public AS $$";
        try (Statement sql = c.createStatement()) {
            sql.execute("CREATE TABLE " + qualified(schema, LINKS) + " (table_name text NOT NULL, base_id bigint NOT"
                    + " NULL, related_id bigint NOT NULL, step_id uuid, removed_by text NOT NULL DEFAULT session_user,"
                    + " removed_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (table_name, base_id, related_id))");
            sql.execute("CREATE TABLE " + kept + " (LIKE " + media + ")");
            sql.execute("ALTER TABLE " + kept + " ADD PRIMARY KEY (id)");
            sql.execute("CREATE FUNCTION " + qualified(schema, ASIDE) + "(ids bigint[]) RETURNS void"
                    + " LANGUAGE plpgsql" + path + " DECLARE i bigint; m text; linked boolean; BEGIN"
                    + " FOREACH i IN ARRAY ids LOOP linked := false;"
                    + " FOR m IN SELECT mapping_table_name FROM " + qualified(schema, PgPhotoTables.RELATIONS)
                    + " WHERE related_table_name = " + PgNames.literal(PgPhotoTables.MEDIA) + " LOOP"
                    + " EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE related_id = $1)', m) INTO linked"
                    + " USING i; EXIT WHEN linked; END LOOP;"
                    + " IF NOT linked THEN INSERT INTO " + kept + " SELECT * FROM " + media + " WHERE id = i"
                    + " ON CONFLICT (id) DO NOTHING; DELETE FROM " + media + " WHERE id = i; END IF;"
                    + " END LOOP; END $$");
            sql.execute("CREATE FUNCTION " + qualified(schema, BACK) + "(ids bigint[]) RETURNS TABLE (old_id"
                    + " bigint, new_id bigint) LANGUAGE plpgsql" + path + " DECLARE i bigint; n bigint; BEGIN"
                    + " FOREACH i IN ARRAY ids LOOP old_id := i;"
                    + " SELECT p.id INTO n FROM " + media + " p WHERE p.id = i;"
                    + " IF NOT FOUND THEN SELECT p.id INTO n FROM " + media + " p JOIN " + kept
                    + " r ON r.sha256 = p.sha256 WHERE r.id = i; END IF;"
                    + " IF NOT FOUND THEN INSERT INTO " + media + " SELECT * FROM " + kept + " WHERE id = i"
                    + " RETURNING id INTO n; END IF;"
                    + " DELETE FROM " + kept + " WHERE id = i;"
                    + " IF n IS NOT NULL THEN new_id := n; RETURN NEXT; END IF; n := NULL; END LOOP; END $$");
            for (String function : new String[] {ASIDE, BACK}) {
                sql.execute("REVOKE ALL ON FUNCTION " + qualified(schema, function) + "(bigint[]) FROM PUBLIC");
            }
        }
    }

    /** The grants and policies of the two tables and functions; with the other photo tables' ({@link PgPhotoAccess}). */
    static void secure(Statement sql, String schema) throws SQLException {
        String township = quote(AccountKind.TOWNSHIP.groupRole(schema));
        String editors = quote(AccountKind.OFFICE.groupRole(schema)) + ", " + township;
        String links = qualified(schema, LINKS);
        String mine = qualified(schema, PgPhotoAccess.MINE) + "(table_name, base_id, NULL)";
        PgAccess.readByAllWrittenByOffice(sql, schema, links);
        sql.execute("CREATE POLICY rectimap_township ON " + links + " FOR ALL TO " + township + " USING ("
                + "removed_by = session_user OR " + mine + ") WITH CHECK (" + mine + ")");
        sql.execute("GRANT INSERT, DELETE ON " + links + " TO " + township);
        PgAccess.readByAllWrittenByOffice(sql, schema, qualified(schema, MEDIA));
        for (String function : new String[] {ASIDE, BACK}) {
            sql.execute("GRANT EXECUTE ON FUNCTION " + qualified(schema, function) + "(bigint[]) TO " + editors);
        }
    }

    /** Moves the pictures {@code photos} that no mapping table links any more aside. */
    static void setAside(Connection c, String schema, Collection<Long> photos) throws SQLException {
        if (photos.isEmpty()) {
            return;
        }
        try (PreparedStatement call = c.prepareStatement("SELECT " + qualified(schema, ASIDE) + "(?)")) {
            call.setArray(1, array(c, photos));
            call.execute();
        }
    }

    /** Brings the pictures {@code photos} back; kept id → the id each has now (missing ones left out). */
    static Map<Long, Long> bringBack(Connection c, String schema, Collection<Long> photos) throws SQLException {
        Map<Long, Long> ids = new LinkedHashMap<>();
        if (photos.isEmpty()) {
            return ids;
        }
        try (PreparedStatement call = c.prepareStatement("SELECT old_id, new_id FROM " + qualified(schema, BACK)
                + "(?)")) {
            call.setArray(1, array(c, photos));
            try (ResultSet rs = call.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private static Array array(Connection c, Collection<Long> ids) throws SQLException {
        return c.createArrayOf("bigint", ids.toArray());
    }
}
