package rectimap.campaign.identify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.FieldLabels;
import rectimap.campaign.planning.PlanningSchema;
import rectimap.campaign.planning.PlanningSchemas;
import rectimap.geo.AreaText;
import rectimap.geo.LengthText;
import rectimap.geo.Measure;
import rectimap.model.BelongingFeatures;
import rectimap.model.Derivation;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.LayerInfo;

/**
 * What is listed for one feature, in the panel and on the command line alike: every attribute under its label (a
 * planning field's unit beside its value), then ONE figure measured on the CGCS2000 ellipsoid — the area as
 * m² · 亩 · 公顷 of a polygon ({@link AreaText#full}) or the length of a line ({@link LengthText}) — under the label of the layer's derived
 * area or length field when it has one; the stored derived fields are not listed again. A photo point's 所属图层 is
 * the layer's title, not its table name. Stateless.
 */
public final class FeatureRows {
    private static final String NAME = "name";
    /** 位置描述 of 督办件 and 拆违点: what a planner tells sites apart by, where they have no name. */
    private static final String LOCATION = "location";
    /** 责任人 and 责任类型 of a 责任区: who answers for it, and for what. */
    private static final String PERSON = "person";
    private static final String KIND = "kind";

    private FeatureRows() {
    }

    /** The rows of {@code feature} of {@code layer}, labelled in the language of {@code labels}. */
    public static List<IdentifyRow> of(LayerInfo layer, Feature feature, FieldLabels labels) {
        FeatureType type = layer.type();
        FeatureType declared = declared(type);
        List<IdentifyRow> rows = new ArrayList<>();
        for (Map.Entry<String, Object> attribute : feature.attributes().entrySet()) {
            String field = attribute.getKey();
            if (isDerived(type, field) || isDerived(declared, field)) {
                continue;
            }
            Object value = field.equals(BelongingFeatures.LINKED_LAYER) && attribute.getValue() instanceof String table
                    ? labels.layerTitle(table) : attribute.getValue();
            rows.add(new IdentifyRow(labels.field(type, field), valueText(value, labels.unit(type, field))));
        }
        figure(declared, feature.geometry(), labels).ifPresent(rows::add);
        return rows;
    }

    /**
     * A planning layer's fields as its schema declares them, derivations included: a layer read back from a
     * GeoPackage (or written by another program) does not say which of its columns are derived.
     */
    private static FeatureType declared(FeatureType type) {
        return PlanningSchemas.forTable(type.name()).map(PlanningSchema::type).orElse(type);
    }

    private static boolean isDerived(FeatureType type, String field) {
        return type.field(field).map(Field::isDerived).orElse(false);
    }

    /**
     * The line a feature is listed by under its layer, as QGIS's identify tree shows its display field: its name
     * ("名称 · 雷家坡村委会"), else its location with its id ("位置描述 · 解州镇常平村委会村口 #1"; a case titled by its
     * first field read "来源 · 群众举报 #1" in the planner's session), else its person and kind with its id
     * ("责任人 · 高某 · 区领导包乡镇 #10"), else its first text value with its id, else its id.
     */
    public static IdentifyRow caption(LayerInfo layer, Feature feature, FieldLabels labels) {
        FeatureType type = layer.type();
        String name = feature.text(NAME).strip();
        if (!name.isEmpty()) {
            return new IdentifyRow(labels.field(type, NAME), name);
        }
        String location = feature.text(LOCATION).strip();
        if (!location.isEmpty()) {
            return new IdentifyRow(labels.field(type, LOCATION), location + " #" + feature.id());
        }
        String person = feature.text(PERSON).strip();
        if (!person.isEmpty()) {
            String kind = feature.text(KIND).strip();
            return new IdentifyRow(labels.field(type, PERSON),
                    person + (kind.isEmpty() ? "" : " · " + kind) + " #" + feature.id());
        }
        return feature.attributes().entrySet().stream()
                .filter(e -> e.getValue() instanceof String text && !text.isBlank()
                        && !isDerived(type, e.getKey()) && !isDerived(declared(type), e.getKey()))
                .map(e -> new IdentifyRow(labels.field(type, e.getKey()),
                        ((String) e.getValue()).strip() + " #" + feature.id()))
                .findFirst().orElseGet(() -> new IdentifyRow(labels.text("caption.id"), "#" + feature.id()));
    }

    private static Optional<IdentifyRow> figure(FeatureType type, Geometry lonLat, FieldLabels labels) {
        if (lonLat == null || lonLat.isEmpty()) {
            return Optional.empty();
        }
        return switch (lonLat.getDimension()) {
            case 2 -> Optional.of(new IdentifyRow(figureLabel(type, Derivation.AREA_M2, "figure.area", labels),
                    AreaText.full(Measure.areaM2(lonLat), labels.locale())));
            case 1 -> Optional.of(new IdentifyRow(figureLabel(type, Derivation.LENGTH_M, "figure.length", labels),
                    LengthText.of(Measure.lengthM(lonLat))));
            default -> Optional.empty();
        };
    }

    private static String figureLabel(FeatureType type, Derivation derivation, String fallbackKey,
            FieldLabels labels) {
        return type.fields().stream().filter(f -> f.derivation() == derivation).findFirst()
                .map(f -> labels.field(type, f.name())).orElseGet(() -> labels.text(fallbackKey));
    }

    /** A stored value as text: "" for none, plain decimals (no exponent), ISO dates, the field's unit after it. */
    private static String valueText(Object value, String unit) {
        String text;
        if (value == null) {
            return "";
        } else if (value instanceof Double number && Double.isFinite(number)) {
            text = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        } else if (value instanceof LocalDate date) {
            text = date.toString();
        } else {
            text = value.toString();
        }
        return unit.isEmpty() || text.isBlank() ? text : text + " " + unit;
    }
}
