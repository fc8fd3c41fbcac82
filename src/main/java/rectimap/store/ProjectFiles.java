package rectimap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import rectimap.model.Layer;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * The project file lifecycle behind the File menu: new project from a reference GeoPackage, open for editing, open
 * read-only. Each call blocks on disk I/O: call it off the FX thread. Failures are {@link StoreException}s naming the
 * file ({@link ProjectInUseException} when another Rectimap edits the project).
 */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    /**
     * Creates a project at {@code target}: a copy of the reference layers in {@code sampleGpkg} (e.g. the district
     * map in {@code maps/}) plus {@code planningLayers} with their features (a layer of the same name in the sample is
     * replaced), then opens it for editing. Built under a temporary name and moved into place, so a failed creation
     * leaves nothing under {@code target}.
     *
     * @throws StoreException WRITE_FAILED when {@code target} exists (nothing is overwritten) or cannot be written;
     *                        the sample's problems (NOT_FOUND, NOT_GEOPACKAGE…) naming the sample
     */
    public static ProjectFile createFromSample(Path sampleGpkg, Path target, List<Layer> planningLayers) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new StoreException(StoreProblem.WRITE_FAILED, target, "already exists; not overwriting it");
        }
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".creating");
        try {
            Files.deleteIfExists(temp);
            try (GeoPackageStore sample = GeoPackageStore.open(sampleGpkg, AccessMode.READ_ONLY)) {
                sample.copyTo(temp);
            }
            try (GeoPackageStore project = GeoPackageStore.open(temp, AccessMode.READ_WRITE)) {
                planningLayers.forEach(project::write);
                project.startFreshHistory();
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StoreException(StoreProblem.WRITE_FAILED, target, "creating the project: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        return open(absolute);
    }

    /**
     * Opens a project for editing: takes its lock, checks the file when the last session did not end cleanly
     * ({@link OpenNotice#RECOVERED}), warns about a network share, and starts the journal.
     *
     * @throws ProjectInUseException when another Rectimap has it open for editing (offer {@link #openReadOnly})
     * @throws StoreException        NOT_FOUND, UNREADABLE, NOT_GEOPACKAGE, CORRUPT (integrity check failed after a
     *                               crash), LOCKED, WRITE_FAILED (e.g. a read-only folder)
     */
    public static ProjectFile open(Path file) {
        return open(file, WritePatience.KEEP_TRYING);
    }

    /**
     * {@link #open(Path)} with the journal's patience for writes kept out by another program, a full disk or a
     * missing permission: the app keeps trying, the command line gives up after a few seconds. Moves an earlier
     * session left unsaved are written first ({@link OpenNotice#UNSAVED_MOVES_RECOVERED},
     * {@link ProjectFile#recoveredMoves()}).
     */
    public static ProjectFile open(Path file, WritePatience patience) {
        return open(file, Journal.STARTED, patience);
    }

    /**
     * As {@link #open}, holding the lock but starting no journal: for a command that writes in ONE transaction of
     * its own ({@link GeoPackageStore#importNewLayer}), so that when it fails even a GeoPackage Rectimap never
     * opened stays byte for byte as it was (the journal adds its tables on start).
     */
    public static ProjectFile openForOneTransaction(Path file) {
        return open(file, Journal.NOT_STARTED, WritePatience.GIVE_UP);
    }

    private enum Journal { STARTED, NOT_STARTED }

    private static ProjectFile open(Path file, Journal journalStart, WritePatience patience) {
        SqliteFileCheck.requireSqliteDatabase(file);
        ProjectLock lock = ProjectLock.acquire(file);
        GeoPackageStore store = null;
        try {
            Set<OpenNotice> notices = EnumSet.noneOf(OpenNotice.class);
            // Opening read-write lets SQLite roll back a hot journal an unfinished transaction left behind.
            store = GeoPackageStore.open(file, AccessMode.READ_WRITE);
            if (lock.wasLeftBehind()) {
                List<String> problems = store.integrityCheck();
                if (!problems.equals(List.of("ok"))) {
                    throw new StoreException(StoreProblem.CORRUPT, file, "after an unclean close the integrity check"
                            + " reports: " + String.join("; ", problems));
                }
                notices.add(OpenNotice.RECOVERED);
            }
            if (FileLocation.of(file) == FileLocation.NETWORK_SHARE) {
                notices.add(OpenNotice.NETWORK_SHARE);
            }
            GeoPackageJournal journal = journalStart == Journal.STARTED ? GeoPackageJournal.open(file, patience) : null;
            if (journal != null && journal.recoveredMoves() > 0) {
                notices.add(OpenNotice.UNSAVED_MOVES_RECOVERED);
            }
            return new ProjectFile(file, store, journal, lock, notices);
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            lock.abandon();
            throw e;
        }
    }

    /**
     * Opens a project for reading only (nothing can change the file, except that a crashed writer's unfinished
     * transaction is rolled back when the file is writable, see {@link GeoPackageStore#open}); says
     * {@link OpenNotice#READ_ONLY_IN_USE} when another Rectimap is editing it, {@link OpenNotice#ROLLED_BACK} or
     * {@link OpenNotice#READ_LAST_COMMITTED} after a crashed write.
     *
     * @throws StoreException NOT_FOUND, UNREADABLE, NOT_GEOPACKAGE, CORRUPT, LOCKED
     */
    public static ProjectFile openReadOnly(Path file) {
        Set<OpenNotice> notices = EnumSet.noneOf(OpenNotice.class);
        if (ProjectLock.holderOf(file).isPresent()) {
            notices.add(OpenNotice.READ_ONLY_IN_USE);
        }
        if (FileLocation.of(file) == FileLocation.NETWORK_SHARE) {
            notices.add(OpenNotice.NETWORK_SHARE);
        }
        GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY);
        OpenNotice.of(store.unfinishedWrite()).ifPresent(notices::add);
        return new ProjectFile(file, store, null, null, notices);
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover temporary file; the failure being reported is the one that matters
        }
    }
}
