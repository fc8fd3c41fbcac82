package rectimap.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import rectimap.campaign.review.ReviewArchive;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.NewLayerImport;
import rectimap.exchange.NewLayerOutcome;
import rectimap.model.ProjectSettings;

/**
 * The file behind an open project, as the window needs it (implemented by the composition root over the store):
 * Save As, settings and closing (the layers' order, visibility, opacity and style are history steps, written by the journal). FX thread; slow work is queued on
 * the file's writer and reported through the futures.
 */
public interface OpenProjectFile {

    /** A project opened for viewing only: nothing to save or close. */
    OpenProjectFile VIEW_ONLY = new OpenProjectFile() {
        private final ProjectSettings settings = ProjectSettings.inMemory(java.util.Map.of());

        @Override
        public ProjectSettings settings() {
            return settings;
        }

        @Override
        public CompletableFuture<Void> saveAs(Path target) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("view only"));
        }

        @Override
        public void close() {
        }
    };

    /** A consistent copy with every edit so far at {@code target}; editing stays on this file. */
    CompletableFuture<Void> saveAs(Path target);

    /** The settings kept in the file (e.g. the print dialog's last sheet); see {@link ProjectSettings}. */
    ProjectSettings settings();

    /** Waits for pending writes and closes the file. */
    void close();

    /**
     * Imports a file as a NEW layer of this project, streamed: records go from the file into one transaction of
     * the project file, never all in memory, so its size does not matter. All or nothing: a bad record, a cancel
     * ({@code progress}) or a write failure leave the file byte for byte as it was. Runs off the FX thread (the
     * file's writer); {@code progress} is told the features written against the source's count (-1 unknown) and
     * asked whether to cancel on that thread, so it hops to the FX thread itself. The window reopens the project
     * to show the layer. Edits submitted meanwhile wait until the import is done (they do not fail).
     *
     * @return completes with the counts when the layer is committed; fails with an
     *         {@link rectimap.exchange.ExchangeException} naming the file and record (CANCELLED when cancelled),
     *         or UnsupportedOperationException for a view-only or read-only project
     */
    default CompletableFuture<NewLayerOutcome> importNewLayer(NewLayerImport request, ImportProgress progress) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("the project is open read-only"));
    }

    /**
     * Calls {@code changed}, on a background thread, whenever another program (ogr2ogr, QGIS, sqlite3) commits to
     * the file while this session edits it (checked about once a second). Nothing for a read-only project.
     */
    default void watchOutsideChanges(Runnable changed) {
    }

    /**
     * Re-reads the file once every edit submitted so far is in it (off the FX thread): {@code current} with the
     * layers the file holds differently, and the file's undo history. Empty when it cannot now (edits still wait
     * for another program): {@link #watchOutsideChanges} tells of the change again later.
     */
    default CompletableFuture<java.util.Optional<FileReread>> reread(rectimap.model.Project current) {
        return CompletableFuture.completedFuture(java.util.Optional.empty());
    }

    /** The window now shows what {@link #reread} gave: later edits name features as the file does. */
    default void rereadShown() {
    }

    /**
     * Runs {@code work} with the project's photos off the FX thread, on the thread that may use the file (for an
     * editing session the file's writer, between two edits, so an attached batch never races an edit). A view-only
     * project has no photos ({@link rectimap.media.PhotoArchive#NONE}).
     */
    default <T> CompletableFuture<T> withPhotos(rectimap.ui.photos.PhotoWork<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run(rectimap.media.PhotoArchive.NONE);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    /**
     * {@link #withPhotos} for work that stores photos: its commit is this app's own, not another program's change
     * (the caller re-reads the file afterwards).
     */
    default <T> CompletableFuture<T> withPhotosStored(rectimap.ui.photos.PhotoWork<T> work) {
        return withPhotos(work);
    }

    /**
     * Moves a finished basemap package file (a GeoPackage of tiles beside the project, see
     * {@link rectimap.store.TilePackageFile}) into this project file as ONE transaction on the file's writer,
     * between edits, and deletes the package then; while another program holds the file it waits and tries again,
     * telling {@code waiting} (on a background thread). Edits made meanwhile wait behind it; none fails.
     *
     * @return completes with the tiles stored, or -1 when {@code progress} cancelled it (the project file as it was,
     *         the package deleted); fails with a {@link rectimap.model.StoreException} (the project file as it was,
     *         the package kept beside it, where the map finds it), or UnsupportedOperationException for a project
     *         not open for editing
     */
    default CompletableFuture<Long> moveInTilePackage(Path packageFile, rectimap.store.BulkProgress progress,
                                                      Runnable waiting) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("the project is open read-only"));
    }

    /**
     * Calls {@code refused}, on a background thread, for each step an earlier session left waiting that the server
     * refused when this opening sent it again (someone changed its features meanwhile), with when it was kept; the
     * ones refused before this call are handed at once. The step is kept for the next opening until
     * {@link #conflictSettled}. Nothing for a project file.
     */
    default void watchRefusedSteps(java.util.function.Consumer<rectimap.model.RefusedReplay> refused) {
    }

    /**
     * The user settled the refused step {@code refused} names (saved their choice as a new step, or gave the step
     * up): it is no longer kept for the next opening. A refusal left unsettled (the project closed meanwhile) is
     * offered again then.
     */
    default void conflictSettled(rectimap.model.StepConflict refused) {
    }

    /** The accounts of a shared project when this login manages them (the office's owner); empty otherwise. */
    default java.util.Optional<rectimap.store.pg.PgAccountBook> accounts() {
        return java.util.Optional.empty();
    }

    /** The demonstration reviews kept in the file (verdict history, site marks); none for a view-only project. */
    default ReviewArchive reviews() {
        return ReviewArchive.NONE;
    }

    /**
     * The tables of planning layers whose spatial index another program broke, found when the file was opened for
     * editing: until it is rebuilt every edit of them fails. Empty normally and for read-only projects.
     */
    default java.util.List<String> damagedSpatialIndexes() {
        return java.util.List.of();
    }

    /**
     * Builds the spatial index of {@code tables} again from their features, in one transaction between edits (no
     * feature changes). Completes on the file's writer thread.
     */
    default CompletableFuture<Void> rebuildSpatialIndexes(java.util.List<String> tables) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("the project is open read-only"));
    }
}
