package rectimap.campaign.planning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rectimap.model.FeatureType;
import rectimap.model.GeometryKind;
import rectimap.model.LayerInfo;

/**
 * One planning layer as data: its layer description (schema, Chinese title, role PLANNING, provenance SURVEYED,
 * EPSG:4490), the rule of each field (derived ones too, for their labels and units; they are never validated),
 * the conditional requirements and date orders between fields, and the
 * stored geometry types a feature may have ({@code POINT}, {@code MULTIPOLYGON}, …; a GEOMETRY layer lists several).
 */
public record PlanningSchema(LayerInfo info, List<FieldRule> rules, List<RequiredWhen> requiredWhen,
                             List<DateOrder> dateOrders, List<GeometryKind> storedShapes) {
    public PlanningSchema {
        Objects.requireNonNull(info, "info");
        rules = List.copyOf(rules);
        requiredWhen = List.copyOf(requiredWhen);
        dateOrders = List.copyOf(dateOrders);
        storedShapes = List.copyOf(storedShapes);
    }

    public FeatureType type() {
        return info.type();
    }

    public String tableName() {
        return info.tableName();
    }

    /** A planning layer's description: role PLANNING, provenance SURVEYED (drawn by the planner), EPSG:4490. */
    static LayerInfo planningLayer(String table, String titleZh, GeometryKind kind, List<rectimap.model.Field> fields,
            String note) {
        return new LayerInfo(new FeatureType(table, kind, fields), titleZh, rectimap.model.LayerRole.PLANNING,
                rectimap.model.Provenance.SURVEYED, note, rectimap.geo.Epsg.CGCS2000);
    }

    /** The rule of a field; empty for unknown names. */
    public Optional<FieldRule> rule(String field) {
        return rules.stream().filter(r -> r.field().equals(field)).findFirst();
    }

    /** The Chinese label of a field, falling back to the column name. */
    public String labelZh(String field) {
        return rule(field).map(FieldRule::labelZh).orElse(field);
    }

    public String labelEn(String field) {
        return rule(field).map(FieldRule::labelEn).orElse(field);
    }
}
