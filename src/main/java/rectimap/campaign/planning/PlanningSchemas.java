package rectimap.campaign.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import rectimap.model.AttributeProblem;
import rectimap.model.FeatureType;

/**
 * The planning layers, in drawing order (bottom first): 责任区, 道路责任段, 整治片区, 拆违点, 督办件, 村隶属调整. The attribute form reads
 * their {@link FieldRule}s; {@link #validate} checks a set of values against them. Pure and safe from any thread.
 */
public final class PlanningSchemas {
    private static final List<PlanningSchema> ALL = List.of(ResponsibilityAreaSchema.schema(),
            RoadResponsibilitySchema.schema(), CleanupZoneSchema.schema(), DemolitionSiteSchema.schema(),
            SupervisionCaseSchema.schema(), JurisdictionChangeSchema.schema());

    private PlanningSchemas() {
    }

    public static List<PlanningSchema> all() {
        return ALL;
    }

    /** The planning schema of a table, empty for reference or foreign tables. */
    public static Optional<PlanningSchema> forTable(String tableName) {
        return ALL.stream().filter(s -> s.tableName().equals(tableName)).findFirst();
    }

    /** The field rules of a planning layer's type, in column order; empty for other layers. */
    public static List<FieldRule> rules(FeatureType type) {
        return forTable(type.name()).map(PlanningSchema::rules).orElse(List.of());
    }

    /**
     * What is wrong with {@code values} (column → String, Long, Double, LocalDate or null) for a feature of
     * {@code type}: required fields missing, values outside an enumeration or a range, malformed phone numbers,
     * dates out of order, unknown columns. One problem per field at most, in column order; empty when everything
     * may be stored, and for a type that is not a planning layer. Derived fields are not checked.
     */
    public static List<AttributeProblem> validate(FeatureType type, Map<String, Object> values) {
        return forTable(type.name()).map(schema -> new AttributeValidation(schema).problems(values))
                .orElse(List.of());
    }
}
