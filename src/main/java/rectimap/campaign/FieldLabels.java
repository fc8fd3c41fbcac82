package rectimap.campaign;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import rectimap.campaign.cases.CaseStatus;
import rectimap.campaign.cases.TrafficLight;
import rectimap.campaign.coverage.ProblemKind;
import rectimap.campaign.planning.DemolitionStatus;
import rectimap.campaign.planning.FieldRule;
import rectimap.campaign.planning.PlanningSchemas;
import rectimap.model.FeatureType;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;

/**
 * The one place that names layers and fields for people, in Chinese or English: a planning layer's fields by their
 * schema labels ({@link FieldRule}), the sample's reference fields and every known layer title from
 * {@code rectimap/campaign/labels*.properties}; an unknown imported column keeps its own name and an imported layer
 * its own title. Place names and other values are never translated. Immutable and safe from any thread.
 */
public final class FieldLabels {
    private static final Map<String, String> ENUM_TITLES = lifecycleTitles();
    private static final FieldLabels CHINESE = new FieldLabels(Locale.SIMPLIFIED_CHINESE);
    private static final FieldLabels ENGLISH = new FieldLabels(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private FieldLabels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("rectimap.campaign.labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English labels for an English {@code locale}, Chinese for any other. */
    public static FieldLabels of(Locale locale) {
        return isEnglish(locale) ? ENGLISH : CHINESE;
    }

    /** The language of these labels (English or Simplified Chinese), for figures written beside them. */
    public Locale locale() {
        return locale;
    }

    /**
     * The title of a layer: its own title in Chinese; in English the known title of a planning layer (by table
     * name) or of a schematic sample layer, else its own title (an imported layer's name is the user's).
     */
    public String layerTitle(LayerInfo layer) {
        String key = "layer." + layer.tableName();
        boolean known = layer.role() == LayerRole.PLANNING && PlanningSchemas.forTable(layer.tableName()).isPresent()
                || layer.isSchematic();
        return isEnglish(locale) && known && bundle.containsKey(key) ? bundle.getString(key) : layer.title();
    }

    /**
     * The title of the planning layer stored as {@code tableName} (a photo point's 所属图层), in this language; the
     * table name itself for any other table.
     */
    public String layerTitle(String tableName) {
        return PlanningSchemas.forTable(tableName).map(schema -> layerTitle(schema.info())).orElse(tableName);
    }

    /**
     * The label of column {@code field} of a layer of {@code type}: the planning schema's label, else the sample's
     * label for this table's column, else for a column of that name in any layer (名称, 备注 …), else the column name.
     */
    public String field(FeatureType type, String field) {
        Optional<FieldRule> rule = PlanningSchemas.forTable(type.name())
                .flatMap(schema -> schema.rule(field));
        if (rule.isPresent()) {
            return rule.get().label(isEnglish(locale));
        }
        String tableKey = "field." + type.name() + "." + field;
        if (bundle.containsKey(tableKey)) {
            return bundle.getString(tableKey);
        }
        return field(field);
    }

    /** The label of a column of this name in a layer not known here: 名称 for {@code name}, else the name itself. */
    public String field(String field) {
        String key = "field." + field;
        return bundle.containsKey(key) ? bundle.getString(key) : field;
    }

    /**
     * The legend title of a class or emphasis value (a road level, a kind, a status, a traffic light, 示范镇): the
     * value itself in Chinese; in English the names of the case and demolition states, traffic lights and coverage
     * problems (from their enums), else
     * the {@code class.<value>} entry of the labels, else the value (an imported layer's classes are the user's).
     * The one home of class titles, for the layer panel's legend and the printed one.
     */
    public String classTitle(String value) {
        if (!isEnglish(locale)) {
            return value;
        }
        String key = "class." + value;
        return bundle.containsKey(key) ? bundle.getString(key) : ENUM_TITLES.getOrDefault(value, value);
    }

    /** English titles of the lifecycle states, lights and coverage problems, from their enums (written once). */
    private static Map<String, String> lifecycleTitles() {
        Map<String, String> titles = new HashMap<>();
        for (DemolitionStatus status : DemolitionStatus.values()) {
            titles.put(status.label(), capitalised(status.labelEn()));
        }
        for (CaseStatus status : CaseStatus.values()) {
            titles.put(status.label(), capitalised(status.labelEn()));
        }
        for (TrafficLight light : TrafficLight.values()) {
            titles.put(light.label(), capitalised(light.labelEn()));
        }
        for (ProblemKind kind : ProblemKind.values()) {
            titles.put(kind.label(), capitalised(kind.labelEn()));
        }
        return Map.copyOf(titles);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The unit a planning field's value is shown with ("吨", "处", "m²"), "" when none. */
    public String unit(FeatureType type, String field) {
        return PlanningSchemas.forTable(type.name()).flatMap(schema -> schema.rule(field)).map(FieldRule::unit)
                .orElse("");
    }

    /** A fixed text of these labels by key (e.g. {@code figure.area}); the key itself when missing. */
    public String text(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
