package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rectimap.media.NewPhoto;
import rectimap.media.Photo;
import rectimap.model.FeatureRef;

/** Rows of the media and mapping tables ({@link PhotoTables}), inside the caller's transaction. */
final class PhotoRows {
    private PhotoRows() {
    }

    /** Inserts a photo's media row; returns its id. */
    static long insert(Connection connection, NewPhoto photo) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + PhotoTables.MEDIA + " ("
                + MediaRows.INSERT_COLUMNS + ") VALUES (" + MediaRows.INSERT_VALUES + ")",
                Statement.RETURN_GENERATED_KEYS)) {
            MediaRows.bind(insert, photo);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Links photo {@code photoId} to feature {@code featureId} in {@code mapping}. */
    static void link(Connection connection, String mapping, long featureId, long photoId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO " + quote(mapping)
                + " (base_id, related_id) VALUES (?, ?)")) {
            insert.setLong(1, featureId);
            insert.setLong(2, photoId);
            insert.executeUpdate();
        }
    }

    /** The photos linked to {@code feature}, oldest first. */
    static List<Photo> of(Connection connection, FeatureRef feature) throws SQLException {
        String mapping = PhotoTables.mappingOf(feature.tableName());
        if (!PhotoTables.present(connection) || !HiddenTableNames.readable(connection, mapping)) {
            return List.of();
        }
        List<Photo> photos = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + MediaRows.COLUMNS
                + " FROM " + PhotoTables.MEDIA + " p JOIN " + quote(mapping) + " m ON m.related_id = p.id"
                + " WHERE m.base_id = ? ORDER BY p.taken_at IS NULL, p.taken_at, p.id")) {
            query.setLong(1, feature.featureId());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    photos.add(MediaRows.photo(row));
                }
            }
        }
        return photos;
    }

    /** Every feature with photos → its photos, oldest first; one query per mapping table in gpkgext_relations. */
    static Map<FeatureRef, List<Photo>> byFeature(Connection connection) throws SQLException {
        Map<FeatureRef, List<Photo>> all = new LinkedHashMap<>();
        if (!PhotoTables.present(connection)) {
            return all;
        }
        List<String[]> relations = relations(connection);
        for (String[] relation : relations) {
            try (Statement sql = connection.createStatement();
                 ResultSet row = sql.executeQuery("SELECT " + MediaRows.COLUMNS + ", m.base_id FROM "
                         + PhotoTables.MEDIA + " p JOIN " + quote(relation[1]) + " m ON m.related_id = p.id"
                         + " ORDER BY p.taken_at IS NULL, p.taken_at, p.id")) {
                while (row.next()) {
                    all.computeIfAbsent(new FeatureRef(relation[0], row.getLong(MediaRows.COLUMN_COUNT + 1)), r -> new ArrayList<>())
                            .add(MediaRows.photo(row));
                }
            }
        }
        return all;
    }

    /** The mapping tables of the media table, from gpkgext_relations (empty when the project has no photos). */
    static List<String> mappings(Connection connection) throws SQLException {
        return relations(connection).stream().map(relation -> relation[1]).toList();
    }

    /** Whether the media table holds the photo {@code photoId}. */
    static boolean exists(Connection connection, long photoId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + PhotoTables.MEDIA
                + " WHERE id = ?")) {
            query.setLong(1, photoId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** {base table, mapping table} of every relation of the media table, in order. */
    private static List<String[]> relations(Connection connection) throws SQLException {
        List<String[]> relations = new ArrayList<>();
        if (!PhotoTables.present(connection)) {
            return relations;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT base_table_name, mapping_table_name FROM "
                + PhotoTables.RELATIONS + " WHERE related_table_name IN (?, ?) ORDER BY id")) {
            query.setString(1, PhotoTables.MEDIA);
            // An older file read-only: its relations still name the media table as it was.
            query.setString(2, PhotoTableNames.LEGACY_MEDIA);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    relations.add(new String[] {row.getString(1), row.getString(2)});
                }
            }
        }
        return relations;
    }

    /** One BLOB column of a photo's row ({@code data}, {@code thumbnail}, {@code original}). */
    static Optional<byte[]> blob(Connection connection, long photoId, String column) throws SQLException {
        if (!PhotoTables.present(connection)) {
            return Optional.empty();
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT " + quote(column) + " FROM "
                + PhotoTables.MEDIA + " WHERE id = ?")) {
            query.setLong(1, photoId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.empty();
            }
        }
    }

    static boolean holds(Connection connection, String sha256) throws SQLException {
        if (!PhotoTables.present(connection)) {
            return false;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + PhotoTables.MEDIA
                + " WHERE sha256 = ?")) {
            query.setString(1, sha256);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
