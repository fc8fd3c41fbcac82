package rectimap.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import rectimap.campaign.review.ReviewArchive;
import rectimap.model.ProjectSettings;
import rectimap.store.GeoPackageReviewArchive;
import rectimap.store.ProjectFile;
import rectimap.ui.OpenProjectFile;

/** The window's view of an open {@link ProjectFile}: Save As, settings, reviews and close. */
final class StoredProjectFile implements OpenProjectFile {
    private final ProjectFile file;
    private final ProjectSettings settings;
    private final ReviewArchive reviews;

    /** Reads the file's settings (read-only sessions) and review records, so call it on the store's owner thread. */
    StoredProjectFile(ProjectFile file) {
        this.file = file;
        this.settings = file.settings();
        this.reviews = GeoPackageReviewArchive.of(file);
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

    @Override
    public CompletableFuture<Void> addLayer(rectimap.model.Layer layer) {
        if (file.journal().isEmpty()) {
            return OpenProjectFile.super.addLayer(layer);
        }
        // The loader thread that owned the store has finished; this one thread now writes the layer through it
        // (the journal's own connection keeps writing edits; SQLite serialises the two).
        return CompletableFuture.runAsync(() -> file.store().write(layer), task -> {
            Thread thread = new Thread(task, "import-writer");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    public void close() {
        file.close();
    }
}
