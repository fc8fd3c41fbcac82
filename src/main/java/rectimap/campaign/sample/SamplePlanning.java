package rectimap.campaign.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import rectimap.campaign.planning.CleanupZoneSchema;
import rectimap.campaign.planning.DemolitionSiteSchema;
import rectimap.campaign.planning.JurisdictionChangeSchema;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.campaign.planning.PlanningSchema;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.campaign.planning.RoadResponsibilitySchema;
import rectimap.model.DerivedFields;
import rectimap.model.Feature;
import rectimap.model.Layer;

/**
 * The planning features the built-in sample project opens with, so a newcomer sees what the tool is for: a few
 * 责任区 of different kinds inside real sample townships, three 道路责任段, 整治片区 in both phases and 拆违点 in every
 * lifecycle status. Geometry is derived from the sample's schematic layers and labelled 示意 in each note; there are
 * no random numbers and no clock, so every run gives the same features. Every feature passes the planning rules.
 */
public final class SamplePlanning {
    private SamplePlanning() {
    }

    /** The planning layers (责任区, 道路责任段, 整治片区, 拆违点, 督办件, 村隶属调整) for {@link YanhuSample#generate()}'s layers. */
    public static List<Layer> generate(List<Layer> sampleLayers) {
        SampleReference reference = new SampleReference(sampleLayers);
        return List.of(
                layer(ResponsibilityAreaSchema.schema(), SampleResponsibilityAreas.build(reference)),
                layer(RoadResponsibilitySchema.schema(), SampleRoadSegments.build(reference)),
                layer(CleanupZoneSchema.schema(), SampleCleanupZones.build(reference)),
                layer(DemolitionSiteSchema.schema(), SampleDemolitionSites.build(reference)),
                layer(SupervisionCaseSchema.schema(), SampleSupervisionCases.build(reference)),
                layer(JurisdictionChangeSchema.schema(), SampleJurisdictionChanges.build(reference)));
    }

    /** The planning layers for a freshly generated sample district. */
    public static List<Layer> generate() {
        return generate(YanhuSample.generate());
    }

    private static Layer layer(PlanningSchema schema, List<Feature> features) {
        return new Layer(schema.info(), features.stream()
                .map(f -> DerivedFields.recompute(schema.type(), inSchemaOrder(schema, storedShape(f)))).toList());
    }

    /** Every column of the schema present, in column order, null where the sample gives no value. */
    private static Feature inSchemaOrder(PlanningSchema schema, Feature feature) {
        Map<String, Object> values = new LinkedHashMap<>();
        schema.type().fields().forEach(field -> values.put(field.name(), feature.get(field.name())));
        return new Feature(feature.id(), feature.geometry(), values);
    }

    /** Polygons are stored as multipolygons in every planning layer (see {@code CleanupZoneSchema}). */
    private static Feature storedShape(Feature feature) {
        Geometry geometry = feature.geometry();
        if (geometry instanceof Polygon polygon) {
            MultiPolygon multi = geometry.getFactory().createMultiPolygon(new Polygon[] {polygon});
            multi.setSRID(geometry.getSRID());
            return new Feature(feature.id(), multi, feature.attributes());
        }
        return feature;
    }

    /** A feature from alternating column names and values. */
    static Feature feature(long id, Geometry lonLat, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Feature(id, lonLat, values);
    }
}
