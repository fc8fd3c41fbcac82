package rectimap.model.style;

import java.util.Objects;
import rectimap.model.Feature;

/**
 * An extra symbol drawn on top of a feature's class symbol when one of its fields has a given text value, e.g. a gold
 * outline for township {@code demo = 示范镇} or a red flag for village {@code culture = 文化体验村}. A second,
 * independent classification beside {@link LayerStyle#classField()}.
 */
public record Emphasis(String field, String value, Symbolizer symbolizer) {
    public Emphasis {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(symbolizer, "symbolizer");
    }

    /** Whether this emphasis applies to the feature (its field's text equals the value). */
    public boolean appliesTo(Feature feature) {
        return value.equals(feature.text(field));
    }
}
