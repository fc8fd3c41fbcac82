package rectimap.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import rectimap.campaign.planning.CleanupZoneSchema;
import rectimap.campaign.planning.DemolitionSiteSchema;
import rectimap.campaign.sample.SampleStyles;
import rectimap.geo.Epsg;
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
 * A small district built in the test: two square townships side by side (甲镇 110.80–110.90 E, 乙乡 110.90–111.00 E,
 * both 34.90–35.00 N), two villages in each, and planning features planted next to the villages, so every report
 * figure is known by hand.
 */
final class PlantedDistrict {
    static final String TOWN_A = "140802100000";
    static final String TOWN_B = "140802200000";
    static final String VILLAGE_A1 = "140802100201";
    /** The village that moves from 甲镇 to 乙乡 on {@link #MOVE_DATE} in the jurisdiction test. */
    static final String VILLAGE_A2 = "140802100202";
    static final String VILLAGE_B1 = "140802200201";
    static final String VILLAGE_B2 = "140802200202";
    static final LocalDate MOVE_DATE = LocalDate.of(2026, 7, 26);

    static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), Epsg.CGCS2000);

    private final List<Feature> cleanup = new ArrayList<>();
    private final List<Feature> demolitions = new ArrayList<>();
    private final List<Feature> cases = new ArrayList<>();

    /** A village's point: A1 110.82, A2 110.88, B1 110.92, B2 110.98, all at 34.95 N. */
    static Coordinate village(String code) {
        return switch (code) {
            case VILLAGE_A1 -> new Coordinate(110.82, 34.95);
            case VILLAGE_A2 -> new Coordinate(110.88, 34.95);
            case VILLAGE_B1 -> new Coordinate(110.92, 34.95);
            case VILLAGE_B2 -> new Coordinate(110.98, 34.95);
            default -> throw new IllegalArgumentException(code);
        };
    }

    /** A point about 300 m north-east of the village. */
    static Geometry near(String villageCode) {
        Coordinate v = village(villageCode);
        return LON_LAT.createPoint(new Coordinate(v.x + 0.003, v.y + 0.003));
    }

    PlantedDistrict cleanup(String villageCode, String kind, String phase, String status, Long places, Double tonnes,
            Double areaM2, Double km, LocalDate endDate) {
        cleanup.add(feature(cleanup.size() + 1, near(villageCode), "kind", kind, "phase", phase, "status", status,
                "places", places, "tonnes", tonnes, "area_m2_work", areaM2, "km", km,
                "start_date", endDate == null ? null : endDate.minusDays(10), "end_date", endDate));
        return this;
    }

    PlantedDistrict demolition(String villageCode, String status, double buildingM2, LocalDate outcome) {
        demolitions.add(feature(demolitions.size() + 1, near(villageCode), "status", status,
                "notice_date", outcome == null ? null : outcome.minusDays(20), "building_m2", buildingM2,
                "location", "测试点", "outcome_date", outcome));
        return this;
    }

    PlantedDistrict supervisionCase(String villageCode, String status, LocalDate registered, LocalDate deadline) {
        cases.add(feature(cases.size() + 1, near(villageCode), "source", "群众举报", "description", "测试",
                "status", status, "registered", registered, "deadline", deadline));
        return this;
    }

    Project project() {
        List<MapLayer> layers = new ArrayList<>();
        layers.add(layer("township", GeometryKind.MULTIPOLYGON, List.of("code", "name", "demo"), List.of(
                feature(1, square(110.80, 110.90), "code", TOWN_A, "name", "甲镇", "demo", "示范镇"),
                feature(2, square(110.90, 111.00), "code", TOWN_B, "name", "乙乡", "demo", ""))));
        List<Feature> villages = new ArrayList<>();
        for (String code : List.of(VILLAGE_A1, VILLAGE_A2, VILLAGE_B1, VILLAGE_B2)) {
            String town = code.startsWith("1408021") ? TOWN_A : TOWN_B;
            villages.add(feature(villages.size() + 1, LON_LAT.createPoint(village(code)), "code", code,
                    "name", "村" + code.substring(9), "township_code", town,
                    "culture", code.equals(VILLAGE_B1) ? "文化体验村" : ""));
        }
        layers.add(layer("village", GeometryKind.POINT, List.of("code", "name", "township_code", "culture"), villages));
        layers.add(planning(CleanupZoneSchema.schema().info(), cleanup));
        layers.add(planning(DemolitionSiteSchema.schema().info(), demolitions));
        layers.add(layer("supervision_case", GeometryKind.POINT,
                List.of("source", "description", "status", "registered", "deadline"), cases));
        return new Project(Path.of("planted.gpkg"), layers);
    }

    private static MapLayer planning(LayerInfo info, List<Feature> features) {
        return new MapLayer(new Layer(info, features), SampleStyles.forTableOrDefault(info.tableName(),
                info.type().geometryKind()), true, 1.0);
    }

    private static MapLayer layer(String table, GeometryKind kind, List<String> columns, List<Feature> features) {
        List<Field> fields = columns.stream().map(c -> new Field(c, FieldType.TEXT)).toList();
        LayerInfo info = new LayerInfo(new FeatureType(table, kind, fields), table, LayerRole.REFERENCE,
                Provenance.SCHEMATIC, "test", Epsg.CGCS2000);
        return new MapLayer(new Layer(info, features), SampleStyles.forTableOrDefault(table, kind), true, 1.0);
    }

    static Geometry square(double minLon, double maxLon) {
        return LON_LAT.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {LON_LAT.createPolygon(
                new Coordinate[] {new Coordinate(minLon, 34.90), new Coordinate(maxLon, 34.90),
                        new Coordinate(maxLon, 35.00), new Coordinate(minLon, 35.00), new Coordinate(minLon, 34.90)})});
    }

    static Feature feature(long id, Geometry geometry, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Feature(id, geometry, values);
    }
}
