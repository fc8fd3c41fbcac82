package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rectimap.media.NewPhoto;
import rectimap.media.PhotoException;
import rectimap.media.PhotoFeed;
import rectimap.media.PhotoLayer;
import rectimap.store.MediaRows;

/**
 * One batch of photos written into a shared project in ONE transaction on one connection: per photo its media row,
 * its link in the feature layer's mapping table and its 照片 point (fid from the layer's identity, so two users
 * importing at once never collide) with that point's link; then the 照片 layer is listed if it was not yet and the
 * change log gets one step ("照片", who and when by the server). A failing photo, a refusal of row-level security
 * (a feature of another township) or a server failure rolls everything back.
 */
final class PgPhotoBatch {
    private static final String STEP_NAME = "照片";
    private final PgFeatureStore store;
    private final Connection c;
    private final String schema;
    private final Map<String, String> mappings = new HashMap<>();

    PgPhotoBatch(PgFeatureStore store, Connection c) {
        this.store = store;
        this.c = c;
        this.schema = store.address().schema();
    }

    /** Adds the feed's photos; their ids in feed order (empty: nothing written). */
    List<Long> add(PhotoFeed feed) throws SQLException, PhotoException {
        c.setAutoCommit(false);
        try {
            List<Long> ids = new ArrayList<>();
            int points = 0;
            PgLayerTable layer = new PgLayerTable(schema, PhotoLayer.info());
            for (NewPhoto photo = feed.next(); photo != null; photo = feed.next()) {
                long id = insertMedia(photo);
                ids.add(id);
                if (photo.link() != null) {
                    link(photo.link().tableName(), photo.link().featureId(), id);
                }
                if (photo.pointLon() != null && photo.pointLat() != null) {
                    long fid = nextPointId();
                    try (PreparedStatement insert = c.prepareStatement(layer.insertSql())) {
                        layer.bindRow(insert, PhotoLayer.point(fid, id, photo));
                        insert.executeUpdate();
                    }
                    link(PhotoLayer.TABLE, fid, id);
                    points++;
                }
            }
            if (ids.isEmpty()) {
                c.rollback();
                return ids;
            }
            if (points > 0) {
                PgPhotoLayer.register(c, schema);
            }
            logStep(points, ids.size());
            c.commit();
            return ids;
        } catch (SQLException | PhotoException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
            store.forgetLayers();
        }
    }

    /** The batch's row in the change log ({@code rectimap_step}): who and when are the server's. */
    private void logStep(int points, int photos) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + qualified(schema, PgProjectTables.STEPS)
                + " (step_id, action, name, summary) VALUES (?, 'DONE', ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, STEP_NAME);
            insert.setString(3, PhotoLayer.TABLE + " +" + points + " ~0 -0; " + PgPhotoTables.MEDIA + " +" + photos
                    + " ~0 -0");
            insert.executeUpdate();
        }
    }

    private long insertMedia(NewPhoto photo) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + qualified(schema, PgPhotoTables.MEDIA)
                + " (" + MediaRows.INSERT_COLUMNS + ") VALUES (" + MediaRows.INSERT_VALUES + ")", new String[] {"id"})) {
            MediaRows.bind(insert, photo);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void link(String layer, long featureId, long photoId) throws SQLException {
        String mapping = mappings.get(layer);
        if (mapping == null) {
            // Publish made one for every planning layer and the 照片 layer; another layer's needs the right to create.
            mapping = PgPhotoTables.ensureMapping(c, schema, layer);
            mappings.put(layer, mapping);
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + qualified(schema, mapping)
                + " (base_id, related_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setLong(1, featureId);
            insert.setLong(2, photoId);
            insert.executeUpdate();
        }
    }

    private long nextPointId() throws SQLException {
        try (PreparedStatement next = c.prepareStatement("SELECT nextval(pg_get_serial_sequence(?, ?))")) {
            next.setString(1, qualified(schema, PhotoLayer.TABLE));
            next.setString(2, PgLayerTable.ID);
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
