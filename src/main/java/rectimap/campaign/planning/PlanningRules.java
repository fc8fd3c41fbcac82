package rectimap.campaign.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.AttributeProblem;
import rectimap.model.Feature;
import rectimap.model.GeometryKind;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.LayerRules;
import rectimap.campaign.cases.ClosingEvidence;

/**
 * The campaign's {@link LayerRules} for the edit commands: planning layers are validated with their
 * {@link PlanningSchema}, demolition sites keep their {@link DemolitionLifecycle} and due date, supervision cases
 * their {@link rectimap.campaign.cases.CaseLifecycle}, responsibility areas
 * of one kind do not overlap; closing a case may need its 整改后 photo ({@link ClosingEvidence}). Other layers get no
 * rules. Immutable and safe from any thread.
 */
public final class PlanningRules implements LayerRules {
    /** The rules without the closing evidence check (new layers, tests; the window and CLI appends pass their evidence). */
    public static final PlanningRules INSTANCE = new PlanningRules(ClosingEvidence.NOT_REQUIRED);

    private final ClosingEvidence closingEvidence;

    private PlanningRules(ClosingEvidence closingEvidence) {
        this.closingEvidence = closingEvidence;
    }

    /** The rules with closing (销号) a case refused unless {@code evidence} says it has its 整改后 photo. */
    public static PlanningRules withClosingEvidence(ClosingEvidence evidence) {
        return new PlanningRules(evidence);
    }

    @Override
    public List<AttributeProblem> problems(LayerInfo layer, Feature before, Feature after) {
        Optional<PlanningSchema> schema = schemaOf(layer);
        if (schema.isEmpty()) {
            return List.of();
        }
        List<AttributeProblem> problems = new ArrayList<>();
        shapeProblem(schema.get(), after.geometry()).ifPresent(problems::add);
        problems.addAll(PlanningSchemas.validate(layer.type(), after.attributes()));
        if (before != null && layer.tableName().equals(DemolitionSiteSchema.TABLE)) {
            Optional<DemolitionStatus> from = DemolitionStatus.fromLabel(before.text("status"));
            Optional<DemolitionStatus> to = DemolitionStatus.fromLabel(after.text("status"));
            if (from.isPresent() && to.isPresent()) {
                DemolitionLifecycle.moveProblem(from.get(), to.get()).ifPresent(problems::add);
            }
        }
        if (layer.tableName().equals(SupervisionCaseSchema.TABLE)) {
            rectimap.campaign.cases.CaseLifecycle.problems(before == null ? null : before.attributes(),
                    after.attributes()).stream()
                    .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
            rectimap.campaign.cases.CaseLifecycle.evidenceProblem(before == null ? null : before.attributes(),
                    after.attributes(), after.id(), closingEvidence)
                    .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .ifPresent(problems::add);
        }
        return List.copyOf(problems);
    }

    @Override
    public Map<String, Object> completed(LayerInfo layer, Map<String, Object> attributes) {
        if (layer.tableName().equals(DemolitionSiteSchema.TABLE) && schemaOf(layer).isPresent()) {
            return DemolitionLifecycle.withDueDate(attributes);
        }
        return attributes;
    }

    @Override
    public Optional<String> noOverlapField(LayerInfo layer) {
        return layer.tableName().equals(ResponsibilityAreaSchema.TABLE) && schemaOf(layer).isPresent()
                ? Optional.of("kind") : Optional.empty();
    }

    /** 责任区 "解州镇-3" (township, else unit, then the id), 道路责任段 by road, 整治片区 by kind, 拆违点 by location. */
    @Override
    public String displayName(LayerInfo layer, Feature feature) {
        String prefix = switch (layer.tableName()) {
            case ResponsibilityAreaSchema.TABLE -> feature.text("township").isBlank() ? feature.text("unit")
                    : feature.text("township");
            case RoadResponsibilitySchema.TABLE -> feature.text("road");
            case CleanupZoneSchema.TABLE -> feature.text("kind");
            case DemolitionSiteSchema.TABLE, SupervisionCaseSchema.TABLE -> feature.text("location");
            case JurisdictionChangeSchema.TABLE -> feature.text("village");
            default -> feature.text("name");
        };
        return prefix.isBlank() ? String.valueOf(feature.id()) : prefix + "-" + feature.id();
    }

    private static Optional<PlanningSchema> schemaOf(LayerInfo layer) {
        return layer.role() == LayerRole.PLANNING ? PlanningSchemas.forTable(layer.tableName()) : Optional.empty();
    }

    private static Optional<AttributeProblem> shapeProblem(PlanningSchema schema, Geometry geometry) {
        String type = geometry.getGeometryType().toUpperCase(java.util.Locale.ROOT);
        if (schema.storedShapes().stream().map(GeometryKind::gpkgName).anyMatch(type::equals)) {
            return Optional.empty();
        }
        boolean pointOrArea = schema.storedShapes().contains(GeometryKind.POINT);
        return Optional.of(new AttributeProblem(AttributeProblem.GEOMETRY,
                schema.info().title() + (pointOrArea ? "只能是点或面" : "的几何类型不对") + "，不能是 " + type,
                schema.info().title() + " takes " + schema.storedShapes() + ", not " + type));
    }
}
