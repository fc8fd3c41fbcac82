package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;

/**
 * Appends to the change log {@link ProjectTables#CHANGE_LOG}: when (UTC, ISO-8601), who (OS user and host), what
 * (the action, the step's name and a per-layer count such as {@code zone_area +1 ~2 -0}). Plain text columns, so
 * the log reads well in QGIS's attribute table.
 */
final class ChangeLogRows {
    /** What happened to a step. */
    enum Action { DONE, UNDONE, REDONE }

    private ChangeLogRows() {
    }

    static void append(Connection connection, Action action, String stepName, String summary, String user,
                       String host) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + ProjectTables.CHANGE_LOG
                + " (changed_at, user_name, host, action, step_name, summary) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, Instant.now().toString());
            insert.setString(2, user);
            insert.setString(3, host);
            insert.setString(4, action.name());
            insert.setString(5, stepName);
            insert.setString(6, summary);
            insert.executeUpdate();
        }
    }

    /** e.g. {@code responsibility_area +1 ~0 -0; cleanup_zone +0 ~2 -0}, layers by name. */
    static String summary(ChangeSet step) {
        Map<String, int[]> counts = new TreeMap<>();
        for (FeatureChange change : step.changes()) {
            int[] c = counts.computeIfAbsent(change.tableName(), t -> new int[3]);
            c[change.before() == null ? 0 : change.after() == null ? 2 : 1]++;
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((table, c) -> text.append(text.length() == 0 ? "" : "; ").append(table).append(" +").append(c[0])
                .append(" ~").append(c[1]).append(" -").append(c[2]));
        if (step.layerStates() != null) {
            text.append(text.length() == 0 ? "" : "; ").append("layer display");
        }
        return text.toString();
    }
}
