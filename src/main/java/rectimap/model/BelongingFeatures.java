package rectimap.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Features that belong to a feature of another layer and go with it: a layer says so by two fields,
 * {@value #LINKED_LAYER} (the owner's table) and {@value #LINKED_FID} (its id), e.g. the 照片 layer's photo points
 * of a supervision case. A step that removes features removes the features belonging to them too, so undo and redo
 * take both back and forth together and no point is left naming a feature that is gone.
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
        Set<Long> owners = new HashSet<>();
        removed.forEach(feature -> owners.add(feature.id()));
        List<FeatureChange> changes = new ArrayList<>();
        for (MapLayer layer : project.layers()) {
            if (layer.tableName().equals(tableName) || !links(layer.info())) {
                continue;
            }
            for (Feature feature : layer.layer().features()) {
                if (tableName.equals(feature.text(LINKED_LAYER)) && feature.get(LINKED_FID) instanceof Number id
                        && owners.contains(id.longValue())) {
                    changes.add(FeatureChange.removed(layer.tableName(), feature));
                }
            }
        }
        return changes;
    }

    private static boolean links(LayerInfo info) {
        List<String> names = info.type().fields().stream().map(Field::name).toList();
        return names.contains(LINKED_LAYER) && names.contains(LINKED_FID);
    }
}
