package rectimap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Checks a project file without changing it: SQLite's integrity check, the GeoPackage structure we can verify in
 * Java ({@link GpkgStructureCheck}), each spatial index against its table ({@link RtreeCheck}), every geometry
 * ({@link GeometryCheck}) and our own records pointing at missing layers ({@link OrphanCheck}). Opens the file
 * read-only; safe while the app edits it. Blocks on I/O; any thread.
 */
public final class ProjectCheck {
    private ProjectCheck() {
    }

    /**
     * The problems found, in check order; empty for a clean file.
     *
     * @throws StoreException when the file cannot be opened as a GeoPackage at all (NOT_FOUND, UNREADABLE,
     *                        NOT_GEOPACKAGE, LOCKED)
     */
    public static List<CheckFinding> run(Path file) {
        return run(file, unfinished -> { });
    }

    /**
     * As {@link #run(Path)}, telling {@code opened} first what the open did about a crashed writer's unfinished
     * transaction (rolled back, or the last committed state read from a copy): that is no problem of the file.
     */
    public static List<CheckFinding> run(Path file, java.util.function.Consumer<UnfinishedWrite> opened) {
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            opened.accept(store.unfinishedWrite());
            Connection connection = store.connection();
            List<CheckFinding> findings = new ArrayList<>();
            for (String line : integrityLines(store)) {
                if (!line.equals("ok")) {
                    findings.add(CheckFinding.of(CheckFinding.Kind.INTEGRITY, null, null, "check.integrity", line));
                }
            }
            // One read transaction: an edit committed while the check runs (the app may be editing) must not
            // make the history, the layers and the R-trees read at different moments look inconsistent.
            findings.addAll(store.readConsistently(() -> tablesChecked(connection, file)));
            return findings;
        } catch (StoreException e) {
            if (e.problem() == StoreProblem.CORRUPT) {
                return List.of(CheckFinding.of(CheckFinding.Kind.INTEGRITY, null, null, "check.integrity",
                        e.getMessage()));
            }
            throw e;
        }
    }

    /**
     * SQLite's integrity check; a damaged R-tree makes it fail as a whole (SQLITE_CORRUPT_VTAB) while the tables are
     * fine, so that is one line and the table checks still run and name the layer (which {@code check --repair}
     * then mends).
     */
    private static List<String> integrityLines(GeoPackageStore store) {
        try {
            return store.integrityCheck();
        } catch (StoreException e) {
            if (e.getCause() instanceof org.sqlite.SQLiteException sqlite
                    && sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_CORRUPT_VTAB) {
                return List.of(e.getCause().getMessage());
            }
            throw e;
        }
    }

    /** The structure, each layer's R-tree and geometries, and the orphans; inside the caller's read transaction. */
    private static List<CheckFinding> tablesChecked(Connection connection, Path file) {
        List<CheckFinding> findings = new ArrayList<>();
        try {
            // The spatial index check calls ST_MinX etc.; registering functions changes nothing in the file.
            GpkgEnvelopeFunctions.registerOn(connection);
            findings.addAll(GpkgStructureCheck.run(connection));
            List<StoredLayer> layers = new LayerCatalog(connection).featureLayers();
            for (StoredLayer layer : layers) {
                findings.addAll(RtreeCheck.run(connection, layer));
                findings.addAll(GeometryCheck.run(connection, layer));
            }
            findings.addAll(OrphanCheck.run(connection, layers, file));
        } catch (SQLException e) {
            findings.add(CheckFinding.of(CheckFinding.Kind.GEOPACKAGE, null, null, "check.gpkg.unreadable",
                    e.getMessage()));
        }
        return findings;
    }
}
