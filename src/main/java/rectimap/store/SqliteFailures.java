package rectimap.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/** Turns SQLite's result codes into the {@link StoreProblem} the user sees. */
final class SqliteFailures {
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_NOTADB = 26;

    private SqliteFailures() {
    }

    /**
     * The exception for {@code e}, raised while doing {@code action} (e.g. "reading layer village").
     * {@code otherwise} is the problem for codes with no better match, e.g. an I/O error is UNREADABLE while
     * reading and WRITE_FAILED while writing.
     */
    static StoreException of(SQLException e, Path file, String action, StoreProblem otherwise) {
        return new StoreException(problemOf(e, otherwise), file, action + ": " + e.getMessage(), e);
    }

    static StoreProblem problemOf(SQLException e, StoreProblem otherwise) {
        int code = e instanceof SQLiteException sqlite ? sqlite.getResultCode().code : e.getErrorCode();
        return switch (code & 0xff) {
            case SQLITE_BUSY, SQLITE_LOCKED -> StoreProblem.LOCKED;
            case SQLITE_CORRUPT -> StoreProblem.CORRUPT;
            case SQLITE_NOTADB -> StoreProblem.NOT_GEOPACKAGE;
            case SQLITE_READONLY, SQLITE_FULL, SQLITE_CONSTRAINT -> StoreProblem.WRITE_FAILED;
            case SQLITE_CANTOPEN -> StoreProblem.UNREADABLE;
            case SQLITE_IOERR -> otherwise;
            default -> otherwise;
        };
    }
}
