package rectimap.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import rectimap.campaign.sample.SampleStyles;
import rectimap.media.PhotoLayer;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.StoreException;
import rectimap.store.ProjectFile;
import rectimap.store.SavedHistory;
import rectimap.ui.FileReread;

/**
 * Re-reads an editing session's project file after another program changed it: in ONE read transaction, every
 * layer of the session's project and the undo history; layers whose features the file holds differently replace
 * the session's (style, visibility and opacity kept), and the 照片 layer joins when the file has it and the session
 * not yet. A layer the window itself wrote through the store ({@code ownTables}: attached photos' 照片 points) is
 * replaced the same way but named as the window's own change, not another program's. Runs on the journal's writer
 * thread between two writes
 * (so the file holds exactly the session's edits submitted before, plus the other program's), the only thread
 * that uses the store of an open editing session.
 */
final class ProjectReread {
    private ProjectReread() {
    }

    /**
     * {@code current} as the file holds it, with the file's history ({@code changedTitles} and {@code ownTitles}
     * empty: no change).
     */
    static FileReread read(ProjectFile file, Project current, Set<String> ownTables) {
        return file.store().readConsistently(() -> {
            List<MapLayer> layers = new ArrayList<>(current.layers().size());
            List<String> changed = new ArrayList<>();
            List<String> own = new ArrayList<>();
            for (MapLayer layer : current.layers()) {
                Optional<Layer> read = load(file, layer.tableName());
                if (read.isEmpty() || read.get().features().equals(layer.layer().features())) {
                    layers.add(layer);
                } else {
                    layers.add(new MapLayer(new Layer(layer.info(), read.get().features()), layer.style(),
                            layer.visible(), layer.opacity()));
                    (ownTables.contains(layer.tableName()) ? own : changed).add(layer.info().title());
                }
            }
            // The 照片 layer is made by the first attached photo: a session without it takes it from the file.
            if (current.layer(PhotoLayer.TABLE).isEmpty()) {
                load(file, PhotoLayer.TABLE).ifPresent(photos -> {
                    layers.add(new MapLayer(photos, SampleStyles.forTableOrDefault(PhotoLayer.TABLE,
                            photos.info().type().geometryKind()), true, 1.0));
                    (ownTables.contains(PhotoLayer.TABLE) ? own : changed).add(photos.info().title());
                });
            }
            SavedHistory history = file.savedHistory();
            boolean same = changed.isEmpty() && own.isEmpty();
            return FileReread.ofFile(same ? current : current.withLayers(layers), history.steps(), history.cursor(),
                    changed, own);
        });
    }

    /** The layer as the file holds it; empty when another program dropped it (the session keeps its copy). */
    private static Optional<Layer> load(ProjectFile file, String table) {
        try {
            return Optional.of(file.store().load(table));
        } catch (StoreException gone) {
            return Optional.empty();
        }
    }
}
