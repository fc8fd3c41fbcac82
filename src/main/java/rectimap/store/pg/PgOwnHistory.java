package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.io.ParseException;
import rectimap.model.ChangeSet;
import rectimap.store.StoredRows;

/**
 * One login's undo history in a shared project, read back from the change log: its steps, oldest first, and how
 * many of them are done ({@code cursor}; the rest can be redone). Undo is per user, so only this login's moves
 * count: a DONE move is recorded (dropping what could be redone), UNDONE steps back, REDONE steps forward, as the
 * window's history did when they were made — in any session, or by the command line ({@code import}).
 */
public record PgOwnHistory(List<ChangeSet> steps, int cursor) {
    public PgOwnHistory {
        steps = List.copyOf(steps);
    }

    /** The history of the login of {@code c} in the project of {@code schema}. */
    static PgOwnHistory read(Connection c, String schema) throws SQLException {
        List<ChangeSet> steps = new ArrayList<>();
        int cursor = 0;
        try (PreparedStatement query = c.prepareStatement("SELECT action, name, " + quote(
                PgProjectTables.STEP_CHANGES) + " FROM " + qualified(schema, PgProjectTables.STEPS)
                + " WHERE user_name = session_user AND " + quote(PgProjectTables.STEP_CHANGES) + " IS NOT NULL"
                + " ORDER BY applied_at, step_id"); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                switch (rs.getString(1)) {
                    case "DONE" -> {
                        steps.subList(cursor, steps.size()).clear();
                        steps.add(step(rs.getString(2), rs.getBytes(3)));
                        cursor++;
                    }
                    case "UNDONE" -> cursor = Math.max(0, cursor - 1);
                    case "REDONE" -> cursor = Math.min(steps.size(), cursor + 1);
                    default -> {
                        // A move of a kind this version does not know changes nothing it can follow.
                    }
                }
            }
        }
        return new PgOwnHistory(steps, cursor);
    }

    private static ChangeSet step(String name, byte[] changes) throws SQLException {
        try {
            return StoredRows.step(name, changes);
        } catch (ParseException e) {
            throw new SQLException("the change log's step \"" + name + "\" cannot be read: " + e.getMessage(), e);
        }
    }
}
