package rectimap.store.pg;

import java.sql.SQLException;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Turns what the PostgreSQL driver threw into a {@link StoreException} the user reads as one sentence, by SQLSTATE
 * (HikariCP wraps the driver's exception, so the causes are searched).
 */
final class PgFailures {
    private PgFailures() {
    }

    /** The failure of {@code doing} (for the log detail) on the project at {@code address}. */
    static StoreException of(SQLException e, PgAddress address, String doing) {
        return new StoreException(problemOf(e), address.label(), doing + ": " + e.getMessage(), e);
    }

    static StoreProblem problemOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if ("08004".equals(state) && String.valueOf(sql.getMessage()).contains("no password")) {
                    return StoreProblem.PASSWORD_NEEDED;
                }
                if (state.startsWith("08") || "57P01".equals(state) || "57P03".equals(state)) {
                    return StoreProblem.SERVER_UNREACHABLE;
                }
                if (state.startsWith("28")) {
                    return StoreProblem.LOGIN_FAILED;
                }
                if ("3D000".equals(state)) {
                    return StoreProblem.NOT_FOUND;
                }
                if ("42501".equals(state)) {
                    return StoreProblem.PERMISSION_DENIED;
                }
                if ("3F000".equals(state) || "42P01".equals(state)) {
                    return StoreProblem.NOT_SHARED_PROJECT;
                }
            }
        }
        return StoreProblem.WRITE_FAILED;
    }
}
