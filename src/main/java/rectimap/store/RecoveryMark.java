package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The last durable write that reached the file, stored in {@link ProjectTables#STATE} (key {@code recovery_mark},
 * value "origin seq") in the same transaction as the write. A recovery journal replayed after a crash skips its
 * writes up to the mark: the crash may have come between a COMMIT and the journal's rewrite.
 */
record RecoveryMark(String origin, long seq) {
    static final String KEY = "recovery_mark";

    /** Whether {@code write} is already in the file. */
    boolean covers(PendingWrite write) {
        return origin.equals(write.origin()) && write.seq() <= seq;
    }

    static void write(Connection connection, String origin, long seq) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + ProjectTables.STATE
                + " (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, KEY);
            upsert.setString(2, origin + " " + seq);
            upsert.executeUpdate();
        }
    }

    static Optional<RecoveryMark> read(Connection connection) throws SQLException {
        if (!ProjectTables.present(connection)) {
            return Optional.empty();
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM " + ProjectTables.STATE
                + " WHERE key = ?")) {
            query.setString(1, KEY);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String[] parts = row.getString(1).split(" ", 2);
                return Optional.of(new RecoveryMark(parts[0], Long.parseLong(parts[1])));
            }
        }
    }
}
