package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rectimap.media.PhotoLayer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;

/**
 * The photo part of {@code publish}: creates the shared project's photo tables ({@link PgPhotoTables}), a mapping
 * table for every planning layer and for the 照片 layer (so accounts that may not create tables can add photos from
 * the first day), the 照片 layer's table when the file has none yet (registered as a layer only when its first
 * point arrives: {@link PgPhotoLayer}), and copies the file's pictures and links with their ids. The file's tables
 * are read under their current names ({@code gpkgext_rectimap_photos…}) or, in a file made before, the old ones.
 */
final class PgPhotoPublish {
    private static final String FILE_MEDIA = "gpkgext_rectimap_photos";
    private static final String LEGACY_MEDIA = "rectimap_photos";
    private static final String FILE_RELATIONS = "gpkgext_relations";

    private PgPhotoPublish() {
    }

    /** Whether the file's table {@code name} is one of the photo tables this class copies (not the generic copy). */
    static boolean isPhotoTable(String name) {
        return name.equals(FILE_RELATIONS) || name.equals(FILE_MEDIA) || name.startsWith(FILE_MEDIA + "_of_")
                || name.equals(LEGACY_MEDIA) || name.startsWith(LEGACY_MEDIA + "_of_");
    }

    /** Creates the photo tables in {@code schema} and copies the photos of {@code gpkg}; returns the photos copied. */
    static int publish(Connection gpkg, Connection pg, String schema, List<LayerInfo> layers) throws SQLException {
        createTables(pg, schema, layers);
        String media = table(gpkg, FILE_MEDIA) ? FILE_MEDIA : table(gpkg, LEGACY_MEDIA) ? LEGACY_MEDIA : null;
        if (media == null) {
            return 0;
        }
        int photos = copyMedia(gpkg, media, pg, schema);
        for (Map.Entry<String, String> relation : relations(gpkg, media).entrySet()) {
            copyLinks(gpkg, relation.getValue(), pg, schema, PgPhotoTables.ensureMapping(pg, schema,
                    relation.getKey()));
        }
        return photos;
    }

    /**
     * Creates the photo tables, the 照片 layer's table (when {@code layers} and the schema lack it), its registration,
     * the mapping tables of the planning layers and of the 照片 layer, and the place for removed features' photos
     * ({@link PgPhotoAside}); in the caller's transaction (publish, or upgrading an earlier project).
     */
    static void createTables(Connection pg, String schema, List<LayerInfo> layers) throws SQLException {
        PgPhotoTables.create(pg, schema);
        if (layers.stream().noneMatch(l -> l.tableName().equals(PhotoLayer.TABLE))
                && !PgProjectTables.tableExists(pg, PgNames.qualified(schema, PhotoLayer.TABLE))) {
            new PgLayerTable(schema, PhotoLayer.info()).create(pg);
        }
        PgPhotoLayer.createRegistration(pg, schema);
        for (LayerInfo layer : layers) {
            if (layer.role() == LayerRole.PLANNING) {
                PgPhotoTables.ensureMapping(pg, schema, layer.tableName());
            }
        }
        PgPhotoTables.ensureMapping(pg, schema, PhotoLayer.TABLE);
        PgPhotoAside.create(pg, schema);
    }

    private static int copyMedia(Connection gpkg, String media, Connection pg, String schema) throws SQLException {
        int rows;
        try (Statement read = gpkg.createStatement();
                ResultSet rs = read.executeQuery("SELECT " + MediaCopy.COLUMNS + " FROM " + quote(media)
                        + " ORDER BY id");
                PreparedStatement insert = pg.prepareStatement("INSERT INTO " + qualified(schema,
                        PgPhotoTables.MEDIA) + " (" + MediaCopy.COLUMNS + ") VALUES (" + MediaCopy.values() + ")")) {
            rows = MediaCopy.copy(rs, insert);
        }
        PgLayerTable.restartIdentity(pg, qualified(schema, PgPhotoTables.MEDIA), "id");
        return rows;
    }

    private static void copyLinks(Connection gpkg, String fileMapping, Connection pg, String schema, String mapping)
            throws SQLException {
        if (!table(gpkg, fileMapping)) {
            return;
        }
        try (Statement read = gpkg.createStatement();
                ResultSet rs = read.executeQuery("SELECT base_id, related_id FROM " + quote(fileMapping));
                PreparedStatement insert = pg.prepareStatement("INSERT INTO " + qualified(schema, mapping)
                        + " (base_id, related_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            while (rs.next()) {
                insert.setLong(1, rs.getLong(1));
                insert.setLong(2, rs.getLong(2));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Base table → the file's mapping table, for every relation of the media table. */
    private static Map<String, String> relations(Connection gpkg, String media) throws SQLException {
        Map<String, String> relations = new LinkedHashMap<>();
        if (!table(gpkg, FILE_RELATIONS)) {
            return relations;
        }
        try (PreparedStatement query = gpkg.prepareStatement("SELECT base_table_name, mapping_table_name FROM "
                + FILE_RELATIONS + " WHERE related_table_name = ? ORDER BY id")) {
            query.setString(1, media);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    relations.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return relations;
    }

    private static boolean table(Connection gpkg, String name) throws SQLException {
        try (PreparedStatement query = gpkg.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
