package rectimap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.io.ParseException;
import rectimap.model.ChangeSet;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * The persisted undo history in {@link ProjectTables#HISTORY}: steps at positions 1..n, oldest first, and the
 * cursor (number of done steps) under the key {@code history_cursor} of {@link ProjectTables#STATE}. Callers own
 * the connection and the transaction; a file without our tables has an empty history.
 */
final class HistoryRows {
    static final String CURSOR_KEY = "history_cursor";

    private HistoryRows() {
    }

    /** The number of done steps; 0 when never written. */
    static int cursor(Connection connection) throws SQLException {
        if (!ProjectTables.present(connection)) {
            return 0;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM " + ProjectTables.STATE
                + " WHERE key = ?")) {
            query.setString(1, CURSOR_KEY);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Integer.parseInt(row.getString(1)) : 0;
            }
        }
    }

    /** The number of stored steps (done and undone). */
    static int count(Connection connection) throws SQLException {
        if (!ProjectTables.present(connection)) {
            return 0;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM " + ProjectTables.HISTORY);
             ResultSet row = query.executeQuery()) {
            return row.getInt(1);
        }
    }

    /** All steps, oldest first. A step that cannot be decoded is reported CORRUPT, naming its position. */
    static List<ChangeSet> steps(Connection connection, ChangeSetCodec codec, Path file) throws SQLException {
        List<ChangeSet> steps = new ArrayList<>();
        if (!ProjectTables.present(connection)) {
            return steps;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT position, name, changes FROM "
                + ProjectTables.HISTORY + " ORDER BY position"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                try {
                    steps.add(codec.decode(rows.getString(2), rows.getBytes(3)));
                } catch (ParseException e) {
                    throw new StoreException(StoreProblem.CORRUPT, file, "undo history step " + rows.getInt(1) + ": "
                            + e.getMessage(), e);
                }
            }
        }
        return steps;
    }

    /** Drops the steps after {@code cursor} (undone ones) and stores {@code encoded} at position cursor + 1. */
    static void append(Connection connection, int cursor, String name, byte[] encoded) throws SQLException {
        try (PreparedStatement drop = connection.prepareStatement("DELETE FROM " + ProjectTables.HISTORY
                + " WHERE position > ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + ProjectTables.HISTORY
                     + " (position, name, recorded_at, changes) VALUES (?, ?, ?, ?)")) {
            drop.setInt(1, cursor);
            drop.executeUpdate();
            insert.setInt(1, cursor + 1);
            insert.setString(2, name);
            insert.setString(3, Instant.now().toString());
            insert.setBytes(4, encoded);
            insert.executeUpdate();
        }
    }

    /** Replaces the changes of the step at {@code position} (its feature ids were re-based at write time). */
    static void rewrite(Connection connection, int position, byte[] encoded) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + ProjectTables.HISTORY
                + " SET changes = ? WHERE position = ?")) {
            update.setBytes(1, encoded);
            update.setInt(2, position);
            update.executeUpdate();
        }
    }

    static void setCursor(Connection connection, int cursor) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + ProjectTables.STATE
                + " (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, CURSOR_KEY);
            upsert.setString(2, Integer.toString(cursor));
            upsert.executeUpdate();
        }
    }
}
