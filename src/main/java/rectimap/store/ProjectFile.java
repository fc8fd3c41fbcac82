package rectimap.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import rectimap.model.ChangeSet;
import rectimap.model.ProjectSettings;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * An open project file (from {@link ProjectFiles}): the store to read layers from, the journal that writes edits
 * (editing sessions only), the persisted undo history and layer display states, and the notices to show the user
 * (recovered after a crash, network share, read-only because in use).
 *
 * <p>An editing session holds the project's lock sidecar until {@link #close()}, which waits for pending edits,
 * closes the file and deletes the sidecar (a clean end). The store is not thread-safe (one owner thread, e.g. the
 * loader's background thread); the journal may be called from any thread.
 */
public final class ProjectFile implements AutoCloseable {
    private final Path file;
    private final GeoPackageStore store;
    private final GeoPackageJournal journal;
    private final ProjectLock lock;
    private final Set<OpenNotice> notices;

    ProjectFile(Path file, GeoPackageStore store, GeoPackageJournal journal, ProjectLock lock, Set<OpenNotice> notices) {
        this.file = file;
        this.store = store;
        this.journal = journal;
        this.lock = lock;
        this.notices = Set.copyOf(notices);
    }

    public Path file() {
        return file;
    }

    /** READ_WRITE for an editing session, READ_ONLY otherwise. */
    public AccessMode accessMode() {
        return journal == null ? AccessMode.READ_ONLY : AccessMode.READ_WRITE;
    }

    /** What the app should tell the user now that the project is open (empty for an ordinary open). */
    public Set<OpenNotice> notices() {
        return notices;
    }

    /** How many moves an earlier session left unsaved and the opening wrote (0 for a read-only session). */
    public int recoveredMoves() {
        return journal == null ? 0 : journal.recoveredMoves();
    }

    /** The layers, for loading (owner thread only). */
    public GeoPackageStore store() {
        return store;
    }

    /** The journal that writes edits; empty for a read-only session. */
    public Optional<GeoPackageJournal> journal() {
        return Optional.ofNullable(journal);
    }

    /** The persisted undo history, oldest first; see {@link GeoPackageStore#history()}. */
    public List<ChangeSet> history() {
        return store.history();
    }

    /** The number of done steps of {@link #history()}. */
    public int historyCursor() {
        return store.historyCursor();
    }

    /** The persisted undo history and its cursor, read in one read transaction; see {@link SavedHistory}. */
    public SavedHistory savedHistory() {
        return store.savedHistory();
    }

    /** The persisted layer order, visibility and opacity, bottom first; empty when never saved. */
    public List<LayerDisplayState> layerStates() {
        return store.layerStates();
    }

    /**
     * The settings kept in the file. An editing session reads and writes them through the journal (in order with
     * the edits); a read-only session sees those stored when this is called and keeps changes for the session
     * only. Call once, on the store's owner thread (it reads the file for a read-only session).
     */
    public ProjectSettings settings() {
        if (journal != null) {
            return new ProjectSettings() {
                @Override
                public Optional<String> read(String key) {
                    return journal.setting(key);
                }

                @Override
                public CompletableFuture<Void> write(String key, String value) {
                    return journal.recordSetting(key, value);
                }
            };
        }
        return ProjectSettings.inMemory(store.settings());
    }

    /**
     * The layers that already have a style in QGIS's {@code layer_styles} (one cheap read, so opening writes the
     * defaults only for the others, usually none). Call on the store's owner thread.
     */
    public Set<String> tablesWithQgisStyle() {
        try {
            return QgisLayerStyles.styledTables(store.connection());
        } catch (java.sql.SQLException e) {
            throw new StoreException(StoreProblem.UNREADABLE, store.file(), "reading layer_styles: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Save As: a consistent copy of the project, including every edit submitted to the journal before this call
     * (those still waiting to be written to this file too), at
     * {@code target} (replacing a file there only once the copy is whole). This session stays on the original file;
     * to go on editing the copy, close this and open the target. For a read-only session the copy is made at once
     * on the calling thread, the store's owner.
     *
     * @return completes when the copy is in place; fails with a {@link StoreException} (WRITE_FAILED)
     */
    public CompletableFuture<Void> saveAs(Path target) {
        if (journal != null) {
            return journal.copyTo(target);
        }
        try {
            store.copyTo(target);
            return CompletableFuture.completedFuture(null);
        } catch (StoreException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits for pending edits, closes the file and ends the session cleanly (deletes the lock sidecar). */
    @Override
    public void close() {
        try {
            if (journal != null) {
                journal.close();
            }
        } finally {
            try {
                store.close();
            } finally {
                if (lock != null) {
                    lock.release();
                }
            }
        }
    }
}
