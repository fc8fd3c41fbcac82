package rectimap.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import rectimap.model.MapLayer;
import rectimap.model.ProjectSettings;
import rectimap.store.LayerDisplayStates;
import rectimap.store.ProjectFile;
import rectimap.ui.OpenProjectFile;

/** The window's view of an open {@link ProjectFile}: Save As, layer states and settings through the journal, close. */
final class StoredProjectFile implements OpenProjectFile {
    private final ProjectFile file;
    private final ProjectSettings settings;

    /** On the loader thread: a read-only session reads its settings from the file here. */
    StoredProjectFile(ProjectFile file) {
        this.file = file;
        this.settings = file.settings();
    }

    @Override
    public ProjectSettings settings() {
        return settings;
    }

    @Override
    public CompletableFuture<Void> saveAs(Path target) {
        return file.saveAs(target);
    }

    @Override
    public void saveLayerStates(List<MapLayer> drawingOrder) {
        // Read-only sessions have no journal: the panel's changes then last for this session only.
        file.journal().ifPresent(journal -> journal.recordLayerStates(LayerDisplayStates.of(drawingOrder)));
    }

    @Override
    public void close() {
        file.close();
    }
}
