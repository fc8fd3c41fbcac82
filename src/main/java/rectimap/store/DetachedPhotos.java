package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;

/**
 * The photos of removed features, inside the journal's transactions. A step that removes a feature takes its rows
 * out of its layer's mapping table, and a photo no longer linked to any feature out of the media table; both are
 * kept aside ({@value #LINKS}, {@value #MEDIA}), tagged with the history position and move of the step, for as long
 * as that move can be taken back: undoing the step (or redoing an undone add) puts them back with their ids, and a
 * new step that drops the undone steps from the history drops what they kept aside for good. So the media table
 * and the mappings hold exactly the photos of the features in the file, and undo and redo keep the photos.
 * Called with the ids the file uses (after {@code FeatureIdRebase}).
 */
final class DetachedPhotos {
    /** Which move of a history step removed the features: the step itself or its undo. */
    enum Move { DONE, UNDONE }

    static final String LINKS = HiddenTableNames.PREFIX + "photo_links_removed";
    static final String MEDIA = HiddenTableNames.PREFIX + "photos_removed";

    private DetachedPhotos() {
    }

    /** Takes the photos of the features {@code inFile} removes aside, tagged ({@code position}, {@code move}). */
    static void detach(Connection connection, ChangeSet inFile, int position, Move move) throws SQLException {
        if (!PhotoTables.tableExists(connection, PhotoTables.MEDIA)) {
            return;
        }
        Set<Long> unlinked = new LinkedHashSet<>();
        for (FeatureChange change : inFile.removalsForGood()) {
            String mapping = PhotoTables.mappingOf(change.tableName());
            if (!PhotoTables.tableExists(connection, mapping)) {
                continue;
            }
            List<Long> photos = linked(connection, mapping, change.featureId());
            if (photos.isEmpty()) {
                continue;
            }
            ensureTables(connection);
            try (PreparedStatement keep = connection.prepareStatement("INSERT INTO " + LINKS
                    + " (position, move, table_name, base_id, related_id) SELECT ?, ?, ?, base_id, related_id FROM "
                    + quote(mapping) + " WHERE base_id = ?");
                 PreparedStatement drop = connection.prepareStatement("DELETE FROM " + quote(mapping)
                         + " WHERE base_id = ?")) {
                keep.setInt(1, position);
                keep.setString(2, move.name());
                keep.setString(3, change.tableName());
                keep.setLong(4, change.featureId());
                keep.executeUpdate();
                drop.setLong(1, change.featureId());
                drop.executeUpdate();
            }
            unlinked.addAll(photos);
        }
        for (long photo : unlinked) {
            if (!stillLinked(connection, photo)) {
                moveRow(connection, PhotoTables.MEDIA, MEDIA, photo);
            }
        }
    }

    /** Puts back what ({@code position}, {@code move}) took aside: the links and their photos, with their ids. */
    static void restore(Connection connection, int position, Move move) throws SQLException {
        if (!PhotoTables.tableExists(connection, LINKS)) {
            return;
        }
        List<Object[]> links = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT table_name, base_id, related_id FROM "
                + LINKS + " WHERE position = ? AND move = ? ORDER BY rowid")) {
            query.setInt(1, position);
            query.setString(2, move.name());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    links.add(new Object[] {row.getString(1), row.getLong(2), row.getLong(3)});
                }
            }
        }
        Set<Long> back = new HashSet<>();
        for (Object[] link : links) {
            long photo = (Long) link[2];
            if (back.add(photo) && !PhotoRows.exists(connection, photo)) {
                moveRow(connection, MEDIA, PhotoTables.MEDIA, photo);
            }
            PhotoRows.link(connection, PhotoTables.mappingOf((String) link[0]), (Long) link[1], photo);
        }
        try (PreparedStatement drop = connection.prepareStatement("DELETE FROM " + LINKS
                + " WHERE position = ? AND move = ?")) {
            drop.setInt(1, position);
            drop.setString(2, move.name());
            drop.executeUpdate();
        }
    }

    /**
     * Drops for good what steps after {@code cursor} took aside (the history drops them) and the photos nothing
     * kept aside refers to any more; {@code cursor} 0 forgets everything (a fresh history).
     */
    static void forgetAfter(Connection connection, int cursor) throws SQLException {
        if (!PhotoTables.tableExists(connection, LINKS)) {
            return;
        }
        try (PreparedStatement drop = connection.prepareStatement("DELETE FROM " + LINKS + " WHERE position > ?")) {
            drop.setInt(1, cursor);
            drop.executeUpdate();
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM " + MEDIA + " WHERE id NOT IN (SELECT related_id FROM " + LINKS + ")");
        }
    }

    private static List<Long> linked(Connection connection, String mapping, long featureId) throws SQLException {
        return ColumnQuery.values(connection, "SELECT related_id FROM " + quote(mapping) + " WHERE base_id = ?",
                row -> row.getLong(1), featureId);
    }

    private static boolean stillLinked(Connection connection, long photo) throws SQLException {
        for (String mapping : PhotoRows.mappings(connection)) {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + quote(mapping)
                    + " WHERE related_id = ? LIMIT 1")) {
                query.setLong(1, photo);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void moveRow(Connection connection, String from, String to, long photo) throws SQLException {
        try (PreparedStatement copy = connection.prepareStatement("INSERT INTO " + to + " SELECT * FROM " + from
                + " WHERE id = ?");
             PreparedStatement drop = connection.prepareStatement("DELETE FROM " + from + " WHERE id = ?")) {
            copy.setLong(1, photo);
            copy.executeUpdate();
            drop.setLong(1, photo);
            drop.executeUpdate();
        }
    }

    private static void ensureTables(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS " + LINKS + " (position INTEGER NOT NULL, move TEXT NOT NULL,"
                    + " table_name TEXT NOT NULL, base_id INTEGER NOT NULL, related_id INTEGER NOT NULL)");
            sql.execute("CREATE TABLE IF NOT EXISTS " + MEDIA + " AS SELECT * FROM " + PhotoTables.MEDIA + " WHERE 0");
        }
    }
}
