package rectimap.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * "Save As": a consistent copy of an open project with SQLite's {@code VACUUM INTO}, which reads the database in
 * one read transaction (so no half-written edit, ours or another program's, is copied) and writes a compact new file.
 * The copy is written under a temporary name beside the target and moved into place, so an interrupted copy never
 * leaves a half file under the chosen name, and an existing target is replaced only by a whole copy.
 */
final class ProjectCopy {
    private ProjectCopy() {
    }

    /** Work on the whole copy before it is moved into place. */
    interface Finish {
        void run(Path copy) throws SQLException;
    }

    /** Copies the database open on {@code connection} (outside a transaction) to {@code target}. */
    static void vacuumInto(Connection connection, Path source, Path target) throws SQLException {
        vacuumInto(connection, source, target, copy -> { });
    }

    /**
     * Copies the database open on {@code connection} (outside a transaction) to {@code target}, running
     * {@code finish} on the copy (under its temporary name) before it is moved into place.
     */
    static void vacuumInto(Connection connection, Path source, Path target, Finish finish) throws SQLException {
        Path absolute = target.toAbsolutePath();
        if (absolute.equals(source.toAbsolutePath())) {
            throw new StoreException(StoreProblem.WRITE_FAILED, target, "a project cannot be saved over itself");
        }
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".saving");
        try {
            Files.deleteIfExists(temp);
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temp.toString());
                vacuum.execute();
            }
            finish.run(temp);
            moveIntoPlace(temp, absolute);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StoreException(StoreProblem.WRITE_FAILED, target, "saving a copy: " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover temporary file; the failure being reported is the one that matters
        }
    }
}
