package rectimap.model.style;

import java.util.Map;
import java.util.Optional;
import rectimap.model.Feature;

/**
 * A layer's style: a base symbolizer, optionally classified by the text value of one field (e.g. township kind),
 * and an optional label rule. {@code legendTitle} keys are the class values as shown to the user.
 */
public record LayerStyle(Symbolizer base, String classField, Map<String, Symbolizer> classes, LabelRule label) {
    public LayerStyle {
        classes = classes == null ? Map.of() : Map.copyOf(classes);
    }

    public static LayerStyle simple(Symbolizer symbolizer) {
        return new LayerStyle(symbolizer, null, Map.of(), null);
    }

    public LayerStyle withLabel(LabelRule rule) {
        return new LayerStyle(base, classField, classes, rule);
    }

    /** The symbolizer for this feature: its class's when the class field's value has one, else the base. */
    public Symbolizer symbolizerFor(Feature feature) {
        if (classField == null) {
            return base;
        }
        return classes.getOrDefault(feature.text(classField), base);
    }

    public Optional<LabelRule> labelRule() {
        return Optional.ofNullable(label);
    }
}
