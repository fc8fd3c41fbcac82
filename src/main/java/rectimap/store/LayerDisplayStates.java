package rectimap.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rectimap.model.MapLayer;

/**
 * Between a project's map layers and their persisted {@link LayerDisplayState}s (written by the journal with each
 * layer display step): how a saved order, visibility, opacity and style come back on open ({@link #applyTo}). Pure.
 */
public final class LayerDisplayStates {
    private LayerDisplayStates() {
    }

    /**
     * {@code layers} (in file order) rearranged and shown as {@code saved} says; a saved style replaces the
     * default. Layers the saved states do not
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
                MapLayer shown = layer.withVisible(state.visible()).withOpacity(state.opacity());
                known.add(state.style() == null ? shown : shown.withStyle(state.style()));
            }
        }
        known.sort(Comparator.comparingInt(layer -> byTable.get(layer.tableName()).drawOrder()));
        known.addAll(unknown);
        return known;
    }
}
