package rectimap.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import rectimap.campaign.review.ReviewArchive;
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
     * Writes an imported layer into the project file as a new layer, in one transaction, off the FX thread; the
     * window reopens the project to show it. Fails for a view-only or read-only project.
     */
    default CompletableFuture<Void> addLayer(rectimap.model.Layer layer) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("the project is open read-only"));
    }

    /** The demonstration reviews kept in the file (verdict history, site marks); none for a view-only project. */
    default ReviewArchive reviews() {
        return ReviewArchive.NONE;
    }
}
