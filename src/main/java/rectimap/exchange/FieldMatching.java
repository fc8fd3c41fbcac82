package rectimap.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import rectimap.model.Field;

/**
 * The field-mapping step of an append: which source field fills which target field. Matched by name ignoring case,
 * spaces, underscores and hyphens, then by the target field's aliases (the planning schemas' Chinese and English
 * labels, e.g. 责任人 → {@code responsible}). Derived fields (areas, lengths) are never mapped: they are computed.
 */
public final class FieldMatching {
    private FieldMatching() {
    }

    /**
     * The automatic mapping: target field name → source field name, for every target field that found a source.
     *
     * @param aliasesByTarget other names of each target field (may lack entries)
     */
    public static Map<String, String> auto(List<Field> target, List<Field> source,
                                           Map<String, List<String>> aliasesByTarget) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (Field field : target) {
            if (field.isDerived()) {
                continue;
            }
            String match = find(source, field.name());
            for (String alias : aliasesByTarget.getOrDefault(field.name(), List.of())) {
                if (match == null) {
                    match = find(source, alias);
                }
            }
            if (match != null && !mapping.containsValue(match)) {
                mapping.put(field.name(), match);
            }
        }
        return mapping;
    }

    private static String find(List<Field> source, String name) {
        String wanted = normal(name);
        return source.stream().map(Field::name).filter(n -> normal(n).equals(wanted)).findFirst().orElse(null);
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-()（）]", "");
    }
}
