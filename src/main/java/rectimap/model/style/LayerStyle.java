package rectimap.model.style;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rectimap.model.Feature;

/**
 * A layer's style: a base symbolizer, optionally classified by the text value of one field (e.g. township kind),
 * an optional label rule, and emphases drawn on top of matching features (e.g. demonstration towns). The keys of
 * {@code classes} are the class values; a legend lists them in the map's order (kept as given) under their
 * {@code classTitles} entry, else the value itself (e.g. cases classified by deadline date are titled by their traffic
 * light, 逾期 / 临期 / 按期). Titles apply to emphasis values too. Immutable.
 */
public record LayerStyle(Symbolizer base, String classField, Map<String, Symbolizer> classes, LabelRule label,
                         List<Emphasis> emphases, Map<String, String> classTitles) {
    public LayerStyle {
        classes = classes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        emphases = emphases == null ? List.of() : List.copyOf(emphases);
        classTitles = classTitles == null ? Map.of() : Map.copyOf(classTitles);
    }

    /** A style whose classes are titled by their values. */
    public LayerStyle(Symbolizer base, String classField, Map<String, Symbolizer> classes, LabelRule label,
                      List<Emphasis> emphases) {
        this(base, classField, classes, label, emphases, Map.of());
    }

    /** A style without emphases (the original four-part form). */
    public LayerStyle(Symbolizer base, String classField, Map<String, Symbolizer> classes, LabelRule label) {
        this(base, classField, classes, label, List.of());
    }

    public static LayerStyle simple(Symbolizer symbolizer) {
        return new LayerStyle(symbolizer, null, Map.of(), null);
    }

    /** Classes in the order given (the order a legend lists them), e.g. road levels from motorway down. */
    @SafeVarargs
    public static Map<String, Symbolizer> inOrder(Map.Entry<String, Symbolizer>... classes) {
        Map<String, Symbolizer> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Symbolizer> entry : classes) {
            ordered.put(entry.getKey(), entry.getValue());
        }
        return ordered;
    }

    public LayerStyle withLabel(LabelRule rule) {
        return new LayerStyle(base, classField, classes, rule, emphases, classTitles);
    }

    /** This style plus one more emphasis, drawn after (above) the existing ones. */
    public LayerStyle withEmphasis(Emphasis emphasis) {
        List<Emphasis> more = new ArrayList<>(emphases);
        more.add(emphasis);
        return new LayerStyle(base, classField, classes, label, more, classTitles);
    }

    /** This style with legend titles for class and emphasis values (value → title). */
    public LayerStyle withClassTitles(Map<String, String> titles) {
        return new LayerStyle(base, classField, classes, label, emphases, titles);
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

    /** The legend title of a class or emphasis value. */
    public String titleOf(String value) {
        return classTitles.getOrDefault(value, value);
    }

    /**
     * The legend rows of the style's classes and emphases, in order, one per title (the first symbol of a title is
     * shown): empty for a style with neither, whose legend is its base symbol.
     */
    public List<LegendRow> legendRows() {
        Map<String, LegendRow> rows = new LinkedHashMap<>();
        classes.forEach((value, symbol) -> rows.putIfAbsent(titleOf(value),
                new LegendRow(titleOf(value), symbol, LegendRow.Kind.CLASS)));
        for (Emphasis emphasis : emphases) {
            rows.putIfAbsent(titleOf(emphasis.value()),
                    new LegendRow(titleOf(emphasis.value()), emphasis.symbolizer(), LegendRow.Kind.EMPHASIS));
        }
        return List.copyOf(rows.values());
    }
}
