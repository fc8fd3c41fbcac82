package rectimap.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.LayerRules;
import rectimap.model.Project;

/** A planning layer of the current project as the commands see it: lookups that refuse with a reason. */
final class EditableLayer {
    private final Layer layer;
    private final LayerRules rules;

    private EditableLayer(Layer layer, LayerRules rules) {
        this.layer = layer;
        this.rules = rules;
    }

    /** The layer {@code tableName} of {@code project}; refused when missing or read-only (reference data). */
    static EditableLayer of(Project project, String tableName, LayerRules rules) throws CommandRefused {
        Layer layer = project.layer(tableName).orElseThrow(() -> CommandRefused.of(RefusalReason.NO_SUCH_LAYER,
                "项目中没有图层 " + tableName, "the project has no layer " + tableName)).layer();
        if (layer.info().role() != LayerRole.PLANNING) {
            throw CommandRefused.of(RefusalReason.READ_ONLY_LAYER, layer.info().title() + " 是参考图层，不能编辑",
                    layer.info().title() + " is a reference layer and cannot be edited");
        }
        return new EditableLayer(layer, rules);
    }

    LayerInfo info() {
        return layer.info();
    }

    String tableName() {
        return layer.tableName();
    }

    String title() {
        return layer.info().title();
    }

    Layer layer() {
        return layer;
    }

    /** The feature with this id; refused when it is not (or no longer) in the layer. */
    Feature feature(long id) throws CommandRefused {
        return layer.feature(id).orElseThrow(() -> CommandRefused.of(RefusalReason.NO_SUCH_FEATURE,
                title() + " 中没有要素 " + id, "no feature " + id + " in " + title()));
    }

    /** The features with these ids, in the given order; refused when none is given or one is missing. */
    List<Feature> features(Collection<Long> ids) throws CommandRefused {
        if (ids.isEmpty()) {
            throw CommandRefused.of(RefusalReason.NOTHING_SELECTED, "没有选中要素", "no feature is selected");
        }
        List<Feature> features = new ArrayList<>(ids.size());
        for (long id : ids) {
            features.add(feature(id));
        }
        return features;
    }

    /** The id a new feature gets: the layer's largest id + 1 (1 in an empty layer), as the GeoPackage fid. */
    long nextId() {
        return layer.features().stream().mapToLong(Feature::id).max().orElse(0) + 1;
    }

    /** The short name of a feature in step names, e.g. "解州镇-3". */
    String nameOf(Feature feature) {
        return rules.displayName(layer.info(), feature);
    }

    /** A step name for one or several features, e.g. "删除 解州镇-3 责任区" or "删除 3 个责任区". */
    String stepName(String verbZh, List<Feature> features) {
        if (features.size() == 1) {
            return verbZh + " " + nameOf(features.get(0)) + " " + title();
        }
        return verbZh + " " + features.size() + " 个" + title();
    }
}
