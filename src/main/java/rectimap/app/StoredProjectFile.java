package rectimap.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import rectimap.campaign.review.ReviewArchive;
import rectimap.store.GeoPackageReviewArchive;
import rectimap.store.ProjectFile;
import rectimap.ui.OpenProjectFile;

/** The window's view of an open {@link ProjectFile}: Save As and close. */
final class StoredProjectFile implements OpenProjectFile {
    private final ProjectFile file;
    private final ReviewArchive reviews;

    /** Reads the file's review records too, so call it on the thread that owns the file's store. */
    StoredProjectFile(ProjectFile file) {
        this.file = file;
        this.reviews = GeoPackageReviewArchive.of(file);
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
    public void close() {
        file.close();
    }
}
