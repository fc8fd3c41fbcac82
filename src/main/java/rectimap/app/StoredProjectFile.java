package rectimap.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import rectimap.model.MapLayer;
import rectimap.store.LayerDisplayStates;
import rectimap.store.ProjectFile;
import rectimap.ui.OpenProjectFile;

/** The window's view of an open {@link ProjectFile}: Save As, layer states through the journal, close. */
final class StoredProjectFile implements OpenProjectFile {
    private final ProjectFile file;

    StoredProjectFile(ProjectFile file) {
        this.file = file;
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
