package rectimap.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import rectimap.campaign.review.ReviewArchive;

/**
 * The file behind an open project, as the window needs it (implemented by the composition root over the store):
 * Save As and closing (the layers' order, visibility, opacity and style are history steps, written by the journal). FX thread; slow work is queued on
 * the file's writer and reported through the futures.
 */
public interface OpenProjectFile {

    /** A project opened for viewing only: nothing to save or close. */
    OpenProjectFile VIEW_ONLY = new OpenProjectFile() {
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

    /** Waits for pending writes and closes the file. */
    void close();

    /** The demonstration reviews kept in the file (verdict history, site marks); none for a view-only project. */
    default ReviewArchive reviews() {
        return ReviewArchive.NONE;
    }
}
