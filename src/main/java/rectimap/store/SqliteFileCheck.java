package rectimap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Checks a file before SQLite opens it, so that a missing file is reported (and never created), a directory or an
 * unreadable file is named as such, a text file is not mistaken for a database, and a truncated copy is caught
 * from its header (SQLite itself would only fail later, on the first page that is missing).
 */
final class SqliteFileCheck {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 100;

    private SqliteFileCheck() {
    }

    /** Throws the fitting {@link StoreException} unless {@code file} looks like a whole SQLite database. */
    static void requireSqliteDatabase(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreProblem.UNREADABLE, file, "is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new StoreException(StoreProblem.NOT_FOUND, file, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new StoreException(StoreProblem.UNREADABLE, file, "no permission to read the file");
        }
        byte[] header = new byte[HEADER_BYTES];
        long sizeBytes;
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            sizeBytes = Files.size(file);
            read = in.readNBytes(header, 0, HEADER_BYTES);
        } catch (IOException e) {
            throw new StoreException(StoreProblem.UNREADABLE, file, "cannot read: " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new StoreException(StoreProblem.NOT_GEOPACKAGE, file, "the file is empty");
        }
        if (!startsWithMagic(header, read)) {
            throw new StoreException(StoreProblem.NOT_GEOPACKAGE, file, "not an SQLite database (no SQLite header)");
        }
        if (read < HEADER_BYTES) {
            throw new StoreException(StoreProblem.CORRUPT, file, "truncated: shorter than the 100-byte SQLite header");
        }
        requireWhole(file, header, sizeBytes);
    }

    private static boolean startsWithMagic(byte[] header, int read) {
        if (read < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares the page count in the header with the file size. The count is only trusted when SQLite marks it
     * valid (change counter equals version-valid-for) and no journal is waiting to roll the file back.
     */
    private static void requireWhole(Path file, byte[] header, long sizeBytes) {
        ByteBuffer in = ByteBuffer.wrap(header);
        int rawPageSize = Short.toUnsignedInt(in.getShort(16));
        long pageSizeBytes = rawPageSize == 1 ? 65_536 : rawPageSize;
        long pageCount = Integer.toUnsignedLong(in.getInt(28));
        boolean countValid = pageCount > 0 && in.getInt(24) == in.getInt(92);
        boolean journalPending = Files.exists(file.resolveSibling(file.getFileName() + "-journal"))
                || Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        if (countValid && !journalPending && sizeBytes < pageCount * pageSizeBytes
                && !wholeUnderSharedLock(file)) {
            throw new StoreException(StoreProblem.CORRUPT, file, "truncated: the header promises "
                    + pageCount * pageSizeBytes + " bytes but the file has " + sizeBytes);
        }
    }

    /**
     * Looks again while holding SQLite's shared lock (a read transaction), which no writer can commit under: the
     * header and size read above without a lock may straddle another program's commit that grows the file (the
     * app editing while {@code check} or a second instance opens it), which is no truncation. False when the file
     * is still short (or SQLite cannot read it at all).
     */
    private static boolean wholeUnderSharedLock(Path file) {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(2_000);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + file.toAbsolutePath(), config.toProperties())) {
            connection.setAutoCommit(false);
            try (java.sql.Statement sql = connection.createStatement()) {
                sql.executeQuery("SELECT count(*) FROM sqlite_master").close();
                byte[] header = new byte[HEADER_BYTES];
                try (InputStream in = Files.newInputStream(file)) {
                    in.readNBytes(header, 0, HEADER_BYTES);
                }
                ByteBuffer bytes = ByteBuffer.wrap(header);
                int rawPageSize = Short.toUnsignedInt(bytes.getShort(16));
                long pageSizeBytes = rawPageSize == 1 ? 65_536 : rawPageSize;
                return Files.size(file) >= Integer.toUnsignedLong(bytes.getInt(28)) * pageSizeBytes;
            } finally {
                connection.rollback();
            }
        } catch (java.sql.SQLException | IOException e) {
            return false;
        }
    }
}
