package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads and writes {@link ProjectTables#SETTINGS} (key/value text); callers own the transaction. */
final class SettingRows {
    private SettingRows() {
    }

    /** Every stored setting; empty for a file without the table (older projects, plain GeoPackages). */
    static Map<String, String> readAll(Connection connection) throws SQLException {
        Map<String, String> values = new HashMap<>();
        if (!present(connection)) {
            return values;
        }
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT key, value FROM " + ProjectTables.SETTINGS)) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getString(2));
            }
        }
        return values;
    }

    static Optional<String> read(Connection connection, String key) throws SQLException {
        if (!present(connection)) {
            return Optional.empty();
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM " + ProjectTables.SETTINGS
                + " WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }

    static void write(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + ProjectTables.SETTINGS
                + " (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }

    private static boolean present(Connection connection) throws SQLException {
        return HiddenTableNames.readable(connection, ProjectTables.SETTINGS);
    }
}
