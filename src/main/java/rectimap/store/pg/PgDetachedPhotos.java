package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import rectimap.media.PhotoLayer;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;

/**
 * The photos of the features a step removes from a shared project, inside the step's transaction
 * ({@link PgStepWriter}): the server's counterpart of the file's {@code store.DetachedPhotos} and
 * {@code store.MovedPhotoLinks}. Before the step's rows are written ({@link #detach}) the links of every feature it
 * removes and does not add back leave their mapping table for {@value PgPhotoAside#LINKS}, keyed by layer and feature
 * (and tagged with the step and who); after them ({@link #settle}) a 照片 point the step hands to another feature
 * (merge, split) takes its link along, a feature the step adds back (an undo, or a redo of an undone add: on the
 * server only these bring an id back) gets its links back, and a picture no longer linked to any feature moves to
 * {@value PgPhotoAside#MEDIA} and back ({@link PgPhotoAside}). So the mapping tables and the media table hold the
 * photos of the features there are, and undo, version-checked with the features it brings back, brings their photos
 * back. Row-level security holds throughout: the links are moved by plain statements under the account's policies,
 * before the features go and after they come back, so a township account moves only its own township's.
 * Nothing happens in a project not yet upgraded to hold them ({@link PgSchemaUpgrade}).
 */
final class PgDetachedPhotos {
    private final Connection c;
    private final String schema;
    private final UUID step;
    private final boolean present;
    private final Map<String, Optional<String>> mappings = new HashMap<>();
    private final Set<Long> unlinked = new LinkedHashSet<>();

    PgDetachedPhotos(Connection c, String schema, UUID step) throws SQLException {
        this.c = c;
        this.schema = schema;
        this.step = step;
        this.present = PgPhotoAside.present(c, schema);
    }

    /** Takes aside the links of the features {@code step} removes (and does not add back); before its rows. */
    void detach(ChangeSet step) throws SQLException {
        if (!present) {
            return;
        }
        for (FeatureChange change : step.removalsForGood()) {
            Optional<String> mapping = mapping(change.tableName());
            if (mapping.isEmpty()) {
                continue;
            }
            try (PreparedStatement aside = c.prepareStatement("WITH gone AS (DELETE FROM "
                    + qualified(schema, mapping.get()) + " WHERE base_id = ? RETURNING base_id, related_id)"
                    + " INSERT INTO " + qualified(schema, PgPhotoAside.LINKS) + " (table_name, base_id, related_id,"
                    + " step_id) SELECT ?, base_id, related_id, ? FROM gone ON CONFLICT DO NOTHING"
                    + " RETURNING related_id")) {
                aside.setLong(1, change.featureId());
                aside.setString(2, change.tableName());
                aside.setObject(3, this.step);
                try (ResultSet rs = aside.executeQuery()) {
                    while (rs.next()) {
                        unlinked.add(rs.getLong(1));
                    }
                }
            }
        }
    }

    /**
     * After {@code step}'s rows: moved 照片 points take their links along, features added back get theirs back, and
     * pictures now linked nowhere are set aside.
     */
    void settle(ChangeSet step) throws SQLException {
        if (!present) {
            return;
        }
        for (FeatureChange change : step.changes()) {
            if (change.before() != null && change.after() != null) {
                follow(change.before(), change.after());
            } else if (change.before() == null) {
                restore(change.tableName(), change.featureId());
            }
        }
        PgPhotoAside.setAside(c, schema, unlinked);
    }

    /** A 照片 point handed from one feature to another of the same layer: its picture's link moves along. */
    private void follow(Feature before, Feature after) throws SQLException {
        String layer = before.text(PhotoLayer.LINKED_LAYER);
        if (!(before.get(PhotoLayer.MEDIA_ID) instanceof Number media) || layer == null
                || !layer.equals(after.text(PhotoLayer.LINKED_LAYER))
                || !(before.get(PhotoLayer.LINKED_FID) instanceof Number from)
                || !(after.get(PhotoLayer.LINKED_FID) instanceof Number to) || from.longValue() == to.longValue()) {
            return;
        }
        Optional<String> mapping = mapping(layer);
        if (mapping.isEmpty()) {
            return;
        }
        // The link was taken aside if the old feature went in this step, else it is still in the mapping table.
        int moved = delete("DELETE FROM " + qualified(schema, PgPhotoAside.LINKS) + " WHERE table_name = ? AND"
                + " base_id = ? AND related_id = ?", layer, from.longValue(), media.longValue())
                + delete("DELETE FROM " + qualified(schema, mapping.get()) + " WHERE base_id = ? AND related_id = ?",
                from.longValue(), media.longValue());
        if (moved > 0) {
            unlinked.remove(media.longValue());
            link(mapping.get(), to.longValue(), media.longValue());
        }
    }

    /** A feature added back: the links taken aside when it went return, with their pictures. */
    private void restore(String layer, long featureId) throws SQLException {
        Optional<String> mapping = mapping(layer);
        if (mapping.isEmpty()) {
            return;
        }
        Set<Long> photos = new LinkedHashSet<>();
        try (PreparedStatement back = c.prepareStatement("DELETE FROM " + qualified(schema, PgPhotoAside.LINKS)
                + " WHERE table_name = ? AND base_id = ? RETURNING related_id")) {
            back.setString(1, layer);
            back.setLong(2, featureId);
            try (ResultSet rs = back.executeQuery()) {
                while (rs.next()) {
                    photos.add(rs.getLong(1));
                }
            }
        }
        for (Map.Entry<Long, Long> photo : PgPhotoAside.bringBack(c, schema, photos).entrySet()) {
            unlinked.remove(photo.getKey());
            link(mapping.get(), featureId, photo.getValue());
        }
    }

    private int delete(String sql, Object... values) throws SQLException {
        try (PreparedStatement drop = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                drop.setObject(i + 1, values[i]);
            }
            return drop.executeUpdate();
        }
    }

    private void link(String mapping, long featureId, long photo) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + qualified(schema, mapping)
                + " (base_id, related_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setLong(1, featureId);
            insert.setLong(2, photo);
            insert.executeUpdate();
        }
    }

    private Optional<String> mapping(String layer) throws SQLException {
        Optional<String> known = mappings.get(layer);
        if (known == null) {
            known = PgPhotoTables.mapping(c, schema, layer);
            mappings.put(layer, known);
        }
        return known;
    }
}
