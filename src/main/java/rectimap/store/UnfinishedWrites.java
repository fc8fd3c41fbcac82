package rectimap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * The leftovers of a writer killed mid-transaction, for readers: SQLite refuses a read-only connection
 * (SQLITE_READONLY_ROLLBACK, …) until someone with write access rolls the hot journal back. Either that is done in
 * place (what any editing open would do first anyway), or a copy of the file and its journal in a temporary folder is
 * rolled back and read. Blocks on I/O; any thread.
 */
final class UnfinishedWrites {
    /** The companions SQLite needs to roll back or recover a database; {@code -shm} is rebuilt from the WAL. */
    private static final List<String> COMPANIONS = List.of("-journal", "-wal");
    private static final Set<SQLiteErrorCode> LEFT_BEHIND = Set.of(SQLiteErrorCode.SQLITE_READONLY_ROLLBACK,
            SQLiteErrorCode.SQLITE_READONLY_RECOVERY, SQLiteErrorCode.SQLITE_READONLY_CANTINIT,
            SQLiteErrorCode.SQLITE_READONLY_CANTLOCK);

    private UnfinishedWrites() {
    }

    /** Whether {@code e}, raised by a read-only connection, means a crashed writer's transaction waits to be undone. */
    static boolean leftBehind(SQLException e) {
        return e instanceof SQLiteException sqlite && LEFT_BEHIND.contains(sqlite.getResultCode());
    }

    /**
     * Rolls the unfinished transaction back in {@code file} itself when the file and its folder are writable (SQLite
     * does so on the first read of a read-write connection). False when it may not or could not.
     */
    static boolean rollBackInPlace(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isWritable(file) || folder == null || !Files.isWritable(folder)) {
            return false;
        }
        try {
            firstRead(file);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A temporary folder holding a copy of {@code file} (same name) with the unfinished transaction rolled back: the
     * last committed state. The caller deletes the folder ({@link #deleteCopy}) when done reading.
     */
    static Path rolledBackCopy(Path file) throws IOException, SQLException {
        Path folder = Files.createTempDirectory("rectimap-last-committed-");
        try {
            Path copy = folder.resolve(file.getFileName().toString());
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            for (String companion : COMPANIONS) {
                Path leftover = file.resolveSibling(file.getFileName() + companion);
                if (Files.exists(leftover)) {
                    Files.copy(leftover, copy.resolveSibling(copy.getFileName() + companion));
                }
            }
            copy.toFile().setWritable(true, true);
            firstRead(copy);
            return folder;
        } catch (IOException | SQLException | RuntimeException e) {
            deleteCopy(folder);
            throw e;
        }
    }

    /** Deletes a folder made by {@link #rolledBackCopy}; quietly, since it is only a temporary copy. */
    static void deleteCopy(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary copy; the system's temporary folder is cleaned eventually
        }
    }

    private static void firstRead(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(2_000);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setOpenMode(SQLiteOpenMode.READWRITE);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath(),
                config.toProperties()); Statement sql = connection.createStatement()) {
            sql.executeQuery("SELECT count(*) FROM sqlite_master").close();
        }
    }
}
