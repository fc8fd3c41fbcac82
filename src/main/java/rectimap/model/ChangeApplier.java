package rectimap.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies a {@link ChangeSet} to an immutable {@link Project}, giving the new project. Pure. */
public final class ChangeApplier {
    private ChangeApplier() {
    }

    /**
     * The project after {@code changes}. Throws {@link IllegalStateException} when a change does not fit the project
     * (unknown layer, adding an id that exists, removing or replacing one that does not, or a {@code before} that is
     * not the feature in the layer), so a stale step is never applied half-way.
     */
    public static Project apply(Project project, ChangeSet changes) {
        Map<String, Map<Long, Feature>> touched = new LinkedHashMap<>();
        for (FeatureChange change : changes.changes()) {
            Map<Long, Feature> features = touched.computeIfAbsent(change.tableName(), t -> byId(project, t));
            Feature current = features.get(change.featureId());
            if (change.before() == null ? current != null : !change.before().equals(current)) {
                throw new IllegalStateException("change " + changes.name() + " does not fit feature "
                        + change.featureId() + " of " + change.tableName());
            }
            if (change.after() == null) {
                features.remove(change.featureId());
            } else {
                features.put(change.featureId(), change.after());
            }
        }
        List<MapLayer> layers = new ArrayList<>(project.layers().size());
        for (MapLayer mapLayer : project.layers()) {
            Map<Long, Feature> features = touched.get(mapLayer.tableName());
            if (features == null) {
                layers.add(mapLayer);
            } else {
                Layer layer = new Layer(mapLayer.info(), new ArrayList<>(features.values()));
                layers.add(new MapLayer(layer, mapLayer.style(), mapLayer.visible(), mapLayer.opacity()));
            }
        }
        return project.withLayers(layers);
    }

    private static Map<Long, Feature> byId(Project project, String tableName) {
        MapLayer layer = project.layer(tableName)
                .orElseThrow(() -> new IllegalStateException("no layer " + tableName + " in the project"));
        Map<Long, Feature> features = new LinkedHashMap<>();
        for (Feature feature : layer.layer().features()) {
            features.put(feature.id(), feature);
        }
        return features;
    }
}
