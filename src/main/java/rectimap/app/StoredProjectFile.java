package rectimap.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import rectimap.campaign.review.ReviewArchive;
import rectimap.exchange.FeatureSource;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.NewLayerImport;
import rectimap.exchange.NewLayerOutcome;
import rectimap.exchange.StreamedNewLayer;
import rectimap.model.ProjectSettings;
import rectimap.store.GeoPackageJournal;
import rectimap.store.GeoPackagePhotoArchive;
import rectimap.ui.photos.PhotoWork;
import rectimap.store.GeoPackageReviewArchive;
import rectimap.store.ProjectFile;
import rectimap.model.Project;
import rectimap.ui.FileReread;
import rectimap.store.SpatialIndexRepair;
import rectimap.ui.OpenProjectFile;

/**
 * The window's view of an open {@link ProjectFile}: Save As, settings, reviews, streamed imports and close. Public
 * only so the import benchmark ({@code bench/}) can time the wizard's own path; the app makes it in its loaders.
 */
public final class StoredProjectFile implements OpenProjectFile {
    /** How often the file is asked whether another program committed to it. */
    private static final java.time.Duration OUTSIDE_POLL = java.time.Duration.ofSeconds(1);

    /** What an attached photo batch writes that the window shows as a layer: its 照片 points. */
    private static final java.util.Set<String> PHOTO_TABLES = java.util.Set.of(rectimap.media.PhotoLayer.TABLE);

    private final ProjectFile file;
    private final ProjectSettings settings;
    private final ReviewArchive reviews;
    /** Set by {@link #close()}: a streamed import still running is cancelled (rolled back) rather than awaited. */
    private final AtomicBoolean closing = new AtomicBoolean();

    /** Reads photos of a read-only session (created on first use). */
    private java.util.concurrent.ExecutorService photoReader;

    /** Planning layers with a broken spatial index, found at open (editing sessions only). */
    private final java.util.List<String> damagedIndexes;

    /**
     * Reads the file's settings (read-only sessions), review records and which planning layers' spatial indexes are
     * broken (editing sessions), so call it on the store's owner thread.
     */
    public StoredProjectFile(ProjectFile file) {
        this.file = file;
        this.settings = file.settings();
        this.reviews = GeoPackageReviewArchive.of(file);
        this.damagedIndexes = file.journal().isEmpty() ? java.util.List.of()
                : SpatialIndexRepair.damaged(file.store(), java.util.EnumSet.of(rectimap.model.LayerRole.PLANNING));
    }

    @Override
    public java.util.List<String> damagedSpatialIndexes() {
        return damagedIndexes;
    }

    /** On the journal's writer thread, between two edits, through the store's connection (as an import). */
    @Override
    public CompletableFuture<Void> rebuildSpatialIndexes(java.util.List<String> tables) {
        GeoPackageJournal journal = file.journal().orElse(null);
        if (journal == null) {
            return OpenProjectFile.super.rebuildSpatialIndexes(tables);
        }
        return journal.runBetweenWrites("rebuilding the spatial index of " + tables, () -> {
            SpatialIndexRepair.rebuild(file.store(), tables);
            return null;
        });
    }

    @Override
    public ProjectSettings settings() {
        return settings;
    }

    @Override
    public ReviewArchive reviews() {
        return reviews;
    }

    @Override
    public CompletableFuture<Void> saveAs(Path target) {
        return file.saveAs(target);
    }

    /**
     * Streams the import through the store's connection ({@link StreamedNewLayer}), run ON THE JOURNAL'S WRITER
     * THREAD between two journal writes ({@link GeoPackageJournal#runBetweenWrites}). The store's connection and
     * the journal's are two connections to one SQLite file: a long import transaction beside the journal would make
     * the journal's next write wait on its lock and fail as LOCKED after the busy timeout (3 × 10 s), ending the
     * editing session, while an import of a million features takes minutes. On the one writer thread the two can
     * never overlap: edits queued meanwhile simply wait and are written after. The loader thread that owned the
     * store has finished when the window exists, and only this path (one import at a time: the wizard is modal)
     * uses the store afterwards. The wizard being modal also keeps the user from edits that would queue up.
     */
    @Override
    public CompletableFuture<NewLayerOutcome> importNewLayer(NewLayerImport request, ImportProgress progress) {
        GeoPackageJournal journal = file.journal().orElse(null);
        if (journal == null) {
            return OpenProjectFile.super.importNewLayer(request, progress);
        }
        ImportProgress cancelledOnClose = new ImportProgress() {
            @Override
            public void advanced(long done, long total) {
                progress.advanced(done, total);
            }

            @Override
            public boolean cancelled() {
                return closing.get() || progress.cancelled();
            }
        };
        return journal.runBetweenWrites("importing " + request.plan().file().getFileName(), () -> {
            try (FeatureSource source = request.open()) {
                return StreamedNewLayer.run(file.store(), source, request.plan(), cancelledOnClose);
            }
        });
    }

    /** Polls the file about once a second (see {@link GeoPackageJournal#watchOutsideChanges}); editing only. */
    @Override
    public void watchOutsideChanges(Runnable changed) {
        file.journal().ifPresent(journal -> journal.watchOutsideChanges(OUTSIDE_POLL, changed));
    }

    /**
     * On the journal's writer thread once every edit so far is in the file (see {@link ProjectReread}; the photos
     * this window attached count as its own); empty while edits wait for another program to let go of the file
     * (the watch tells of the change again).
     */
    @Override
    public CompletableFuture<java.util.Optional<FileReread>> reread(Project current) {
        return file.journal().map(journal -> journal.readAfterOutsideChanges(
                "re-reading the file changed by another program", own -> ProjectReread.read(file, current, own)))
                .orElseGet(() -> OpenProjectFile.super.reread(current));
    }

    @Override
    public void rereadShown() {
        file.journal().ifPresent(GeoPackageJournal::rereadShown);
    }

    @Override
    public CompletableFuture<Long> moveInTilePackage(Path packageFile, rectimap.store.BulkProgress progress,
                                                     Runnable waiting) {
        return file.journal().map(journal -> journal.moveInTilePackage(packageFile, progress, waiting))
                .orElseGet(() -> OpenProjectFile.super.moveInTilePackage(packageFile, progress, waiting));
    }

    /**
     * Editing: on the journal's writer thread between edits, through the store's connection (as an import). Read
     * only: on a thread of its own, the store's only user once the project is shown.
     */
    @Override
    public <T> CompletableFuture<T> withPhotos(PhotoWork<T> work) {
        return withPhotos(work, false);
    }

    @Override
    public <T> CompletableFuture<T> withPhotosStored(PhotoWork<T> work) {
        return withPhotos(work, true);
    }

    private <T> CompletableFuture<T> withPhotos(PhotoWork<T> work, boolean stores) {
        GeoPackagePhotoArchive archive = GeoPackagePhotoArchive.of(file.store());
        java.util.concurrent.Callable<T> call = () -> work.run(archive);
        return file.journal().map(journal -> stores
                        ? journal.runOwnCommitBetweenWrites("photos", file.store(), PHOTO_TABLES, call)
                        : journal.runBetweenWrites("photos", call))
                .orElseGet(() -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return call.call();
                    } catch (Exception e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                }, photoReader()));
    }

    private synchronized java.util.concurrent.ExecutorService photoReader() {
        if (photoReader == null) {
            photoReader = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "rectimap-photo-reader");
                thread.setDaemon(true);
                return thread;
            });
        }
        return photoReader;
    }

    @Override
    public void close() {
        closing.set(true);
        synchronized (this) {
            if (photoReader != null) {
                photoReader.shutdown();
            }
        }
        file.close();
    }
}
