package rectimap.store.pg;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Turns what the PostgreSQL driver threw into a {@link StoreException} the user reads as one sentence, by SQLSTATE
 * (HikariCP wraps the driver's exception, so the causes are searched). The server's SQLSTATE and message go into the
 * log, and, unless the sentence is about reaching or logging in to the server, into
 * {@link StoreException#databaseReason()} so the user (and whoever they send it to) sees why.
 */
final class PgFailures {
    private static final Logger LOG = Logger.getLogger(PgFailures.class.getName());
    /** Problems whose sentence says all: the server's text would only repeat it in English. */
    private static final Set<StoreProblem> CONNECTING = EnumSet.of(StoreProblem.SERVER_UNREACHABLE,
            StoreProblem.PASSWORD_NEEDED, StoreProblem.LOGIN_FAILED);

    private PgFailures() {
    }

    /** The failure of {@code doing} (for the log detail) on the project at {@code address}. */
    static StoreException of(SQLException e, PgAddress address, String doing) {
        StoreProblem problem = problemOf(e);
        String reason = reasonOf(e);
        LOG.log(Level.WARNING, doing + " on " + address.label() + " failed: " + problem + ", " + reason);
        return new StoreException(problem, address.label(), "", doing + ": " + e.getMessage(), e,
                CONNECTING.contains(problem) ? "" : reason);
    }

    /**
     * The server's SQLSTATE and message, e.g. {@code 55P03 canceling statement due to lock timeout}, with its detail
     * line when it sent one; the driver's message when no server message came.
     */
    static String reasonOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                ServerErrorMessage server = t instanceof PSQLException p ? p.getServerErrorMessage() : null;
                if (server != null && server.getMessage() != null) {
                    return sql.getSQLState() + " " + server.getMessage()
                            + (server.getDetail() == null ? "" : "; " + server.getDetail());
                }
                return sql.getSQLState() + " " + String.valueOf(sql.getMessage()).lines().findFirst().orElse("");
            }
        }
        return String.valueOf(e.getMessage());
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
        return StoreProblem.DATABASE_WRITE_FAILED;
    }
}
