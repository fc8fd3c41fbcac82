package rectimap.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rectimap.model.MapLayer;

/**
 * Between a project's map layers and their persisted {@link LayerDisplayState}s: what to save
 * ({@link #of}) and how a saved order, visibility and opacity comes back on open ({@link #applyTo}). Pure.
 */
public final class LayerDisplayStates {
    private LayerDisplayStates() {
    }

    /** The states of {@code layers} (bottom first) to pass to {@link GeoPackageJournal#recordLayerStates}. */
    public static List<LayerDisplayState> of(List<MapLayer> layers) {
        List<LayerDisplayState> states = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            MapLayer layer = layers.get(i);
            states.add(new LayerDisplayState(layer.tableName(), i, layer.visible(), layer.opacity()));
        }
        return states;
    }

    /**
     * {@code layers} (in file order) rearranged and shown as {@code saved} says. Layers the saved states do not
     * mention (e.g. added by QGIS since) keep their visibility and go on top in file order; states of layers no
     * longer in the file are ignored.
     */
    public static List<MapLayer> applyTo(List<MapLayer> layers, List<LayerDisplayState> saved) {
        Map<String, LayerDisplayState> byTable = new HashMap<>();
        saved.forEach(state -> byTable.put(state.tableName(), state));
        List<MapLayer> known = new ArrayList<>();
        List<MapLayer> unknown = new ArrayList<>();
        for (MapLayer layer : layers) {
            LayerDisplayState state = byTable.get(layer.tableName());
            if (state == null) {
                unknown.add(layer);
            } else {
                known.add(layer.withVisible(state.visible()).withOpacity(state.opacity()));
            }
        }
        known.sort(Comparator.comparingInt(layer -> byTable.get(layer.tableName()).drawOrder()));
        known.addAll(unknown);
        return known;
    }
}
