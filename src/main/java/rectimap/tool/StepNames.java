package rectimap.tool;

import java.util.Collection;
import rectimap.model.Feature;
import rectimap.model.MapLayer;
import rectimap.model.style.LabelRule;

/**
 * Human names of undo steps, in Chinese as the history shows them: "拆分 解州镇-3 责任区" — the verb, the feature's
 * label (its labelled attribute, else "#id") and the layer title.
 */
final class StepNames {
    private StepNames() {
    }

    /** "<verb> <label> <layer title>" for one feature. */
    static String of(String verb, MapLayer layer, Feature feature) {
        return verb + " " + label(layer, feature) + " " + layer.info().title();
    }

    /** "<verb> <label> <layer title>" for one feature, "<verb> n 个要素" for several. */
    static String of(String verb, Collection<LayeredFeature> features) {
        if (features.size() == 1) {
            LayeredFeature only = features.iterator().next();
            return of(verb, only.layer(), only.feature());
        }
        return verb + " " + features.size() + " 个要素";
    }

    private static String label(MapLayer layer, Feature feature) {
        String text = layer.style().labelRule().map(LabelRule::field).map(feature::text).orElse("");
        if (text.isBlank()) {
            text = feature.text("name");
        }
        return text.isBlank() ? "#" + feature.id() : text;
    }
}
