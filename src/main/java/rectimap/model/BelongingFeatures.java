package rectimap.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

/**
 * Features that belong to a feature of another layer and go with it: a layer says so by two fields,
 * {@value #LINKED_LAYER} (the owner's table) and {@value #LINKED_FID} (its id), e.g. the 照片 layer's photo points
 * of a supervision case. A step that removes features removes the features belonging to them too, and a step that
 * replaces them (merge, split) moves them to the features taking their place, so undo and redo take both back and
 * forth together and no point is left naming a feature that is gone.
 */
public final class BelongingFeatures {
    /** The field naming the owner's layer (table name). */
    public static final String LINKED_LAYER = "linked_layer";
    /** The field holding the owner's feature id. */
    public static final String LINKED_FID = "linked_fid";

    private BelongingFeatures() {
    }

    /**
     * The removals of the features of {@code project} that belong to the {@code removed} features of
     * {@code tableName}, layer by layer in project order, oldest id first; empty when nothing belongs to them.
     */
    public static List<FeatureChange> removedWith(Project project, String tableName, Collection<Feature> removed) {
        List<FeatureChange> changes = new ArrayList<>();
        belongingTo(project, tableName, removed, (layer, feature) -> changes.add(FeatureChange.removed(layer,
                feature)));
        return changes;
    }

    /**
     * The features of {@code project} that belong to the {@code replaced} features of {@code tableName}, each moved
     * to the owner {@code newOwner} picks for it (by its geometry, e.g. the part of a split area it lies in): the
     * replacements, in the order of {@link #removedWith}. So a merge or split hands a removed feature's 照片 points to
     * what took its place in the same step, instead of leaving them naming a feature that is gone.
     */
    public static List<FeatureChange> movedWith(Project project, String tableName, Collection<Feature> replaced,
                                                ToLongFunction<Feature> newOwner) {
        List<FeatureChange> changes = new ArrayList<>();
        belongingTo(project, tableName, replaced, (layer, feature) -> {
            Map<String, Object> attributes = new LinkedHashMap<>(feature.attributes());
            attributes.put(LINKED_FID, newOwner.applyAsLong(feature));
            changes.add(FeatureChange.replaced(layer, feature, new Feature(feature.id(), feature.geometry(),
                    attributes)));
        });
        return changes;
    }

    private static void belongingTo(Project project, String tableName, Collection<Feature> owners,
                                    BiConsumer<String, Feature> found) {
        Set<Long> ids = new HashSet<>();
        owners.forEach(feature -> ids.add(feature.id()));
        for (MapLayer layer : project.layers()) {
            if (layer.tableName().equals(tableName) || !links(layer.info())) {
                continue;
            }
            for (Feature feature : layer.layer().features()) {
                if (tableName.equals(feature.text(LINKED_LAYER)) && feature.get(LINKED_FID) instanceof Number id
                        && ids.contains(id.longValue())) {
                    found.accept(layer.tableName(), feature);
                }
            }
        }
    }

    private static boolean links(LayerInfo info) {
        List<String> names = info.type().fields().stream().map(Field::name).toList();
        return names.contains(LINKED_LAYER) && names.contains(LINKED_FID);
    }
}
