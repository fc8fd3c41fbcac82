package rectimap.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An open project: the file it lives in and its map layers in drawing order (first is drawn first, i.e. bottom).
 * Immutable; the UI replaces the whole value on change.
 */
public record Project(Path file, List<MapLayer> layers) {
    public Project {
        layers = List.copyOf(layers);
    }

    public Optional<MapLayer> layer(String tableName) {
        return layers.stream().filter(l -> l.tableName().equals(tableName)).findFirst();
    }

    /** Whether any visible layer holds schematic geometry (then the 示意 badge shows). */
    public boolean showsSchematic() {
        return layers.stream().anyMatch(l -> l.visible() && l.info().isSchematic());
    }

    public Project withLayers(List<MapLayer> newLayers) {
        return new Project(file, newLayers);
    }
}
