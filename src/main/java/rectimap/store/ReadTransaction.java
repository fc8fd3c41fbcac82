package rectimap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import rectimap.model.StoreProblem;

/**
 * One read transaction on a connection: {@code BEGIN} (deferred), the reads, {@code COMMIT}. SQLite then answers
 * every read inside from one committed state of the file, so reads that belong together (the undo history and its
 * cursor, a project's layers and its history, a check's tables) never straddle another program's commit. Without it
 * each statement is its own transaction, and an edit landing between two of them gives a cursor beyond the steps
 * read, a history step whose feature is not in the layer read, or a false "orphan". While it lasts a writer waits
 * (its busy timeout) to commit; keep it to one load or one check. Nested calls join the outer transaction.
 */
final class ReadTransaction {
    private ReadTransaction() {
    }

    /** Runs {@code reads} in one read transaction on {@code connection} (or in the one already open). */
    static <T> T run(Connection connection, Path file, Supplier<T> reads) {
        try {
            if (!connection.getAutoCommit()) {
                return reads.get();
            }
            connection.setAutoCommit(false);
            try {
                return reads.get();
            } finally {
                // Ends the read (releases SQLite's shared lock); a read-only transaction has nothing to lose.
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "reading consistently", StoreProblem.UNREADABLE);
        }
    }
}
