package rectimap.campaign.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rectimap.model.FeatureType;

/**
 * Other names of a planning layer's fields, for matching the columns of an imported file: the Chinese label
 * (责任人 → {@code person}), the label without its bracketed part (乡镇(街道) → 乡镇) and the English label. Empty for
 * layers without a planning schema.
 */
public final class FieldAliases {
    private FieldAliases() {
    }

    public static Map<String, List<String>> of(FeatureType type) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (FieldRule rule : PlanningSchemas.rules(type)) {
            String shortZh = rule.labelZh().replaceAll("[(（].*?[)）]", "").trim();
            aliases.put(rule.field(), List.of(rule.labelZh(), shortZh, rule.labelEn()));
        }
        return aliases;
    }
}
