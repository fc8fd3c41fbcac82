package rectimap.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A change of how layers are shown (drawing order, visibility, opacity, style): the views of the layers it concerns
 * before and after, each list bottom first. Both lists name the same layers. Undone by {@link #inverse()}, exactly:
 * the before views are whole values, style included.
 */
public record LayerStateChange(List<LayerView> before, List<LayerView> after) {
    public LayerStateChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (!names(before).equals(names(after)) || names(before).size() != before.size()) {
            throw new IllegalArgumentException("before and after must name the same layers, once each");
        }
    }

    /**
     * The change of one layer's view, its place unchanged. Every layer is named (the others unchanged), so the
     * project file can keep the whole display state from the step alone.
     */
    public static LayerStateChange of(List<MapLayer> layers, LayerView changed) {
        List<LayerView> before = layers.stream().map(LayerView::of).toList();
        List<LayerView> after = new ArrayList<>(before);
        after.replaceAll(view -> view.tableName().equals(changed.tableName()) ? changed : view);
        return new LayerStateChange(before, after);
    }

    public LayerStateChange inverse() {
        return new LayerStateChange(after, before);
    }

    /** Whether nothing would change (e.g. an opacity slider let go where it started). */
    public boolean changesNothing() {
        return before.equals(after);
    }

    /**
     * {@code layers} (bottom first) as this change leaves them: the slots the named layers take in the list are
     * filled with the {@code after} views in order; layers it does not name (e.g. added by an import since) keep
     * their places. A step about one layer thus never moves another.
     *
     * @throws IllegalStateException when a named layer is missing or not shown as {@code before} says (stale step)
     */
    public List<MapLayer> applyTo(List<MapLayer> layers, String stepName) {
        Map<String, MapLayer> byTable = new HashMap<>();
        List<LayerView> current = new ArrayList<>();
        Set<String> named = names(before);
        for (MapLayer layer : layers) {
            if (named.contains(layer.tableName())) {
                byTable.put(layer.tableName(), layer);
                current.add(LayerView.of(layer));
            }
        }
        if (!current.equals(before)) {
            throw new IllegalStateException("layer step " + stepName + " does not fit how the layers are shown now");
        }
        List<MapLayer> result = new ArrayList<>(layers.size());
        int next = 0;
        for (MapLayer layer : layers) {
            if (named.contains(layer.tableName())) {
                LayerView view = after.get(next++);
                MapLayer moved = Objects.requireNonNull(byTable.get(view.tableName()));
                result.add(new MapLayer(moved.layer(), view.style(), view.visible(), view.opacity()));
            } else {
                result.add(layer);
            }
        }
        return result;
    }

    private static Set<String> names(List<LayerView> views) {
        Set<String> names = new HashSet<>();
        views.forEach(v -> names.add(v.tableName()));
        return names;
    }
}
