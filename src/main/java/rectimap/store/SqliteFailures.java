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
        StoreProblem problem = problemOf(e, otherwise);
        if (problem == StoreProblem.NO_WRITE_PERMISSION && (code(e) & 0xff) == SQLITE_CANTOPEN
                && !java.nio.file.Files.isDirectory(file.toAbsolutePath().getParent())) {
            problem = StoreProblem.WRITE_FAILED;
        }
        return new StoreException(problem, file, action + ": " + e.getMessage(), e);
    }

    /**
     * The problem for {@code e}. While writing ({@code otherwise} WRITE_FAILED) a file SQLite cannot open is the
     * rollback journal it cannot create beside the project: a folder without write permission.
     */
    static StoreProblem problemOf(SQLException e, StoreProblem otherwise) {
        return switch (code(e) & 0xff) {
            case SQLITE_BUSY, SQLITE_LOCKED -> StoreProblem.LOCKED;
            case SQLITE_CORRUPT -> StoreProblem.CORRUPT;
            case SQLITE_NOTADB -> StoreProblem.NOT_GEOPACKAGE;
            case SQLITE_FULL -> StoreProblem.DISK_FULL;
            case SQLITE_READONLY -> StoreProblem.NO_WRITE_PERMISSION;
            case SQLITE_CONSTRAINT -> StoreProblem.WRITE_FAILED;
            case SQLITE_CANTOPEN -> otherwise == StoreProblem.WRITE_FAILED ? StoreProblem.NO_WRITE_PERMISSION
                    : StoreProblem.UNREADABLE;
            default -> otherwise;
        };
    }

    /**
     * Whether a failed write may work later with nothing changed on our side: another program holds the file, the
     * disk is full, the file or folder is not writable (yet), or an I/O error (a share that went away). A write
     * that does not fit the file (a missing feature, a constraint) is not.
     */
    static boolean isPassing(StoreException e) {
        return switch (e.problem()) {
            case LOCKED, DISK_FULL, NO_WRITE_PERMISSION -> true;
            default -> e.getCause() instanceof SQLException sql && (code(sql) & 0xff) == SQLITE_IOERR;
        };
    }

    private static int code(SQLException e) {
        return e instanceof SQLiteException sqlite ? sqlite.getResultCode().code : e.getErrorCode();
    }
}
