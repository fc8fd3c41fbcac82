package rectimap.model.style;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import rectimap.model.Feature;

/**
 * A layer's style: a base symbolizer, optionally classified by the text value of one field (e.g. township kind),
 * an optional label rule, and emphases drawn on top of matching features (e.g. demonstration towns). The keys of
 * {@code classes} are the class values as shown to the user in a legend.
 */
public record LayerStyle(Symbolizer base, String classField, Map<String, Symbolizer> classes, LabelRule label,
                         List<Emphasis> emphases) {
    public LayerStyle {
        classes = classes == null ? Map.of() : Map.copyOf(classes);
        emphases = emphases == null ? List.of() : List.copyOf(emphases);
    }

    /** A style without emphases (the original four-part form). */
    public LayerStyle(Symbolizer base, String classField, Map<String, Symbolizer> classes, LabelRule label) {
        this(base, classField, classes, label, List.of());
    }

    public static LayerStyle simple(Symbolizer symbolizer) {
        return new LayerStyle(symbolizer, null, Map.of(), null);
    }

    public LayerStyle withLabel(LabelRule rule) {
        return new LayerStyle(base, classField, classes, rule, emphases);
    }

    /** This style plus one more emphasis, drawn after (above) the existing ones. */
    public LayerStyle withEmphasis(Emphasis emphasis) {
        List<Emphasis> more = new java.util.ArrayList<>(emphases);
        more.add(emphasis);
        return new LayerStyle(base, classField, classes, label, more);
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
