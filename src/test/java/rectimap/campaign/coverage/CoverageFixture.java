package rectimap.campaign.coverage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.campaign.sample.SampleStyles;
import rectimap.model.DerivedFields;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.Provenance;

/**
 * Crafted coverage cases in lon/lat (EPSG:4490): township 解州镇 is the box 110.90–110.93 E × 35.00–35.01 N, the
 * district the same box, and cadre areas given as WKT polygons (ids 1, 2, … in order).
 */
final class CoverageFixture {
    static final String TOWNSHIP = "POLYGON ((110.90 35.00, 110.93 35.00, 110.93 35.01, 110.90 35.01, 110.90 35.00))";
    private static final WKTReader WKT = new WKTReader();

    private CoverageFixture() {
    }

    static Geometry wkt(String text) {
        try {
            Geometry geometry = WKT.read(text);
            geometry.setSRID(4490);
            return geometry;
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static String box(double west, double east) {
        return String.format(java.util.Locale.ROOT, "POLYGON ((%s 35.00, %s 35.00, %s 35.01, %s 35.01, %s 35.00))",
                west, east, east, west, west);
    }

    /** A project whose cadre areas of 解州镇 are {@code cadreWkts} (polygons or multipolygons). */
    static Project withCadres(String... cadreWkts) {
        return withZones(ResponsibilityAreaSchema.KIND_CADRE_VILLAGE, cadreWkts);
    }

    /** A project whose responsibility areas of {@code kind} are {@code wkts} (polygons or multipolygons). */
    static Project withZones(String kind, String... wkts) {
        List<Feature> zones = new ArrayList<>();
        for (String zone : wkts) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("kind", kind);
            values.put("person", "干部" + (zones.size() + 1));
            values.put("unit", "解州镇人民政府");
            values.put("township", "解州镇");
            values.put("village", "村" + (zones.size() + 1));
            values.put("since", LocalDate.of(2026, 3, 1));
            zones.add(new Feature(zones.size() + 1, multi(wkt(zone)), values));
        }
        return project(zones, List.of());
    }

    static Project project(List<Feature> zones, List<Feature> villages) {
        LayerInfo areas = ResponsibilityAreaSchema.schema().info();
        return new Project(Path.of("coverage-fixture.gpkg"), List.of(
                reference("district", GeometryKind.MULTIPOLYGON, List.of(new Feature(1, multi(wkt(TOWNSHIP)),
                        Map.of("code", "140802000000", "name", "盐湖区")))),
                reference("township", GeometryKind.MULTIPOLYGON, List.of(new Feature(1, multi(wkt(TOWNSHIP)),
                        Map.of("code", "140802100000", "name", "解州镇")))),
                reference("village", GeometryKind.POINT, villages),
                mapLayer(new Layer(areas, zones.stream().map(f -> DerivedFields.recompute(areas.type(), f))
                        .toList()))));
    }

    static Geometry multi(Geometry geometry) {
        if (geometry instanceof org.locationtech.jts.geom.Polygon polygon) {
            Geometry multi = geometry.getFactory().createMultiPolygon(
                    new org.locationtech.jts.geom.Polygon[] {polygon});
            multi.setSRID(4490);
            return multi;
        }
        return geometry;
    }

    private static MapLayer reference(String table, GeometryKind kind, List<Feature> features) {
        List<Field> fields = List.of(new Field("code", FieldType.TEXT), new Field("name", FieldType.TEXT),
                new Field("township_code", FieldType.TEXT));
        return mapLayer(new Layer(new LayerInfo(new FeatureType(table, kind, fields), table, LayerRole.REFERENCE,
                Provenance.SCHEMATIC, "", 4490), features));
    }

    private static MapLayer mapLayer(Layer layer) {
        return new MapLayer(layer, SampleStyles.defaultFor(layer.info().type().geometryKind()), true, 1.0);
    }
}
