package rectimap.ui.photos;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.Image;
import rectimap.media.Photo;
import rectimap.media.PhotoException;
import rectimap.media.PhotoImport;
import rectimap.media.PhotoImportOptions;
import rectimap.media.PhotoImportOutcome;
import rectimap.media.PhotoProgress;
import rectimap.media.PhotoTag;
import rectimap.model.FeatureRef;
import rectimap.model.Project;
import rectimap.ui.OpenProjectFile;

/**
 * The open project's photos as the window sees them: which feature has which photos (kept in memory, read once at
 * open and after each attach, so identify and the closing rule answer at once), thumbnails (read on demand on the
 * file's thread, decoded on a thread of their own, the last {@value #THUMBNAILS_KEPT} kept; the first one read at
 * open, so the decoder is warm when identify asks) and attaching dropped files. FX application thread, except where a method
 * says it completes elsewhere.
 */
public final class ProjectPhotos {
    private static final int THUMBNAILS_KEPT = 200;
    private static final java.util.concurrent.Executor ATTACHING = java.util.concurrent.Executors.newCachedThreadPool(
            task -> {
                Thread thread = new Thread(task, "rectimap-photo-attach");
                thread.setDaemon(true);
                return thread;
            });
    /** Decodes pictures, so that neither the file's thread (edits wait behind it) nor the FX thread does. */
    private static final java.util.concurrent.Executor DECODING = java.util.concurrent.Executors.newSingleThreadExecutor(
            task -> {
                Thread thread = new Thread(task, "rectimap-photo-decode");
                thread.setDaemon(true);
                return thread;
            });
    private final OpenProjectFile file;
    private boolean warmed;
    /** Replaced whole (immutable), so other threads may read it. */
    private volatile Map<FeatureRef, List<Photo>> index = Map.of();
    private Runnable onChange = () -> { };
    private final Map<Long, Image> thumbnails = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > THUMBNAILS_KEPT;
        }
    };

    public ProjectPhotos(OpenProjectFile file) {
        this.file = file;
    }

    /** No project: no photos. */
    public static ProjectPhotos none() {
        return new ProjectPhotos(OpenProjectFile.VIEW_ONLY);
    }

    /** Told (FX thread) whenever the index was read again. */
    public void setOnChange(Runnable listener) {
        this.onChange = listener;
    }

    /** Reads which feature has which photos; completes on the FX thread once the index is replaced. */
    public CompletableFuture<Void> reload() {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        file.withPhotos(archive -> archive.byFeature()).whenComplete((read, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                index = Map.copyOf(read);
                onChange.run();
                warmUp();
                shown.complete(null);
            } else {
                shown.completeExceptionally(failure);
            }
        }));
        return shown;
    }

    /**
     * Once the photos are known, the first thumbnail is read and decoded (and kept), off the FX thread: the first
     * thumbnail identify shows then finds the picture decoder loaded and its path compiled, as every later one does.
     */
    private void warmUp() {
        if (!warmed) {
            warmed = true;
            index.values().stream().flatMap(List::stream).findFirst().ifPresent(photo -> thumbnail(photo.id()));
        }
    }

    /** The photos of {@code feature}, oldest first. */
    public List<Photo> of(FeatureRef feature) {
        return index.getOrDefault(feature, List.of());
    }

    /** Whether the feature has a photo tagged 整改后 (any thread). */
    public boolean hasAfterPhoto(FeatureRef feature) {
        return of(feature).stream().anyMatch(photo -> photo.tag() == PhotoTag.AFTER);
    }

    /** The thumbnail of a photo (from memory when shown before); completes on the FX thread. */
    public CompletableFuture<Image> thumbnail(long photoId) {
        Image kept = thumbnails.get(photoId);
        if (kept != null) {
            return CompletableFuture.completedFuture(kept);
        }
        return image(file.withPhotos(archive -> archive.thumbnail(photoId).orElse(null)))
                .thenApply(image -> {
                    thumbnails.put(photoId, image);
                    return image;
                });
    }

    /** The stored picture of a photo; completes on the FX thread. */
    public CompletableFuture<Image> picture(long photoId) {
        return image(file.withPhotos(archive -> archive.picture(photoId).orElse(null)));
    }

    private static CompletableFuture<Image> image(CompletableFuture<byte[]> bytes) {
        CompletableFuture<Image> shown = new CompletableFuture<>();
        bytes.whenCompleteAsync((jpeg, failure) -> {
            Image image = failure == null && jpeg != null ? new Image(new ByteArrayInputStream(jpeg)) : null;
            Platform.runLater(() -> {
                if (image == null) {
                    shown.completeExceptionally(failure != null ? failure : new IllegalStateException("no photo"));
                } else {
                    shown.complete(image);
                }
            });
        }, DECODING);
        return shown;
    }

    /**
     * Attaches {@code files} to {@code feature} as one batch (all or nothing), then reads the index again. The
     * pictures are decoded and scaled off the file's thread; only the finished batch is written there.
     * Completes on the FX thread; fails with the {@link rectimap.media.PhotoException} naming a bad file.
     */
    public CompletableFuture<PhotoImportOutcome> attach(Project project, List<Path> files, FeatureRef feature,
                                                        PhotoProgress progress) {
        PhotoImportOptions options = PhotoImportOptions.defaults();
        // Pictures are made on a thread of their own (StagedPhotoArchive): the file's thread only stores the batch.
        return staged(project, options, progress, batch -> batch.attach(files, feature));
    }

    /**
     * Imports the photos under {@code folder} as the command line's {@code photos --import} does (one
     * {@link PhotoImport}, one transaction; cancelled or failed: nothing kept), then reads the index again. The
     * files are read, decoded and resized on a thread of their own into a spool on disk ({@link StagedPhotoArchive}),
     * so memory stays bounded however many photos the folder holds and edits made meanwhile are written at once;
     * only the final insert runs on the file's thread. Completes on the FX thread.
     */
    public CompletableFuture<PhotoImportOutcome> importFolder(Project project, Path folder,
                                                              PhotoImportOptions options, PhotoProgress progress) {
        return staged(project, options, progress, batch -> batch.fromFolder(folder));
    }

    /** One batch of {@link PhotoImport} ({@code what}) on the attaching thread, staged; its outcome once shown. */
    private CompletableFuture<PhotoImportOutcome> staged(Project project, PhotoImportOptions options,
                                                         PhotoProgress progress, StagedBatch what) {
        return shownAfterReload(CompletableFuture.supplyAsync(() -> {
            try {
                return what.run(new PhotoImport(project, new StagedPhotoArchive(file, progress), options, progress));
            } catch (PhotoException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, ATTACHING));
    }

    /** What a batch does with its {@link PhotoImport}. */
    @FunctionalInterface
    private interface StagedBatch {
        PhotoImportOutcome run(PhotoImport batch) throws PhotoException;
    }

    private CompletableFuture<PhotoImportOutcome> shownAfterReload(CompletableFuture<PhotoImportOutcome> work) {
        CompletableFuture<PhotoImportOutcome> shown = new CompletableFuture<>();
        work.whenComplete((outcome, failure) -> {
            if (failure != null) {
                Platform.runLater(() -> shown.completeExceptionally(failure));
            } else {
                reload().whenComplete((done, unread) -> shown.complete(outcome));
            }
        });
        return shown;
    }
}
