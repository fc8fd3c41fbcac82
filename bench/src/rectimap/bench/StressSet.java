package rectimap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
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
import rectimap.model.Provenance;

/**
 * The synthetic stress set of issue 2, seeded: 100,000 small irregular polygons (every tenth with a hole) tiled over
 * the district's extent in EPSG:4490, styled like townships, and 2,000 meandering roads of 500 vertices each
 * (1,000,000 vertices, ≈10 m apart, like digitised roads), styled like the sample roads.
 */
final class StressSet {

    static final int POLYGONS = 100_000;
    static final int ROADS = 2_000;
    static final int VERTICES_PER_ROAD = 500;

    private static final double WEST = 110.73;
    private static final double EAST = 111.18;
    private static final double SOUTH = 34.82;
    private static final double NORTH = 35.37;
    private static final String[] KINDS = {"街道", "镇", "乡", "开发区"};
    private static final String[] LEVELS = {"高速公路", "国道", "省道", "县道", "乡道", "村道"};

    private final GeometryFactory geometry = new GeometryFactory();
    private final Random random = new Random(20_261_129L);

    List<MapLayer> layers() {
        return List.of(polygons(), roads());
    }

    private MapLayer polygons() {
        int columns = (int) Math.ceil(Math.sqrt(POLYGONS * (EAST - WEST) / (NORTH - SOUTH)));
        int rows = (int) Math.ceil((double) POLYGONS / columns);
        double cellW = (EAST - WEST) / columns;
        double cellH = (NORTH - SOUTH) / rows;
        List<Feature> features = new ArrayList<>(POLYGONS);
        for (int i = 0; i < POLYGONS; i++) {
            double cx = WEST + (i % columns + 0.5 + (random.nextDouble() - 0.5) * 0.2) * cellW;
            double cy = SOUTH + (i / columns + 0.5 + (random.nextDouble() - 0.5) * 0.2) * cellH;
            LinearRing shell = ring(cx, cy, cellW * 0.42, cellH * 0.42, 6 + random.nextInt(7));
            LinearRing[] holes = i % 10 == 0
                    ? new LinearRing[] {ring(cx, cy, cellW * 0.12, cellH * 0.12, 5)} : new LinearRing[0];
            features.add(new Feature(i + 1L, geometry.createPolygon(shell, holes),
                    Map.of("kind", KINDS[random.nextInt(KINDS.length)])));
        }
        FeatureType type = new FeatureType("stress_parcel", GeometryKind.POLYGON,
                List.of(new Field("kind", FieldType.TEXT)));
        return mapLayer(type, features, SampleStyles.township().withLabel(null));
    }

    private LinearRing ring(double cx, double cy, double rx, double ry, int corners) {
        Coordinate[] coordinates = new Coordinate[corners + 1];
        for (int k = 0; k < corners; k++) {
            double angle = 2 * Math.PI * k / corners;
            double r = 0.75 + 0.25 * random.nextDouble();
            coordinates[k] = new Coordinate(cx + rx * r * Math.cos(angle), cy + ry * r * Math.sin(angle));
        }
        coordinates[corners] = coordinates[0].copy();
        return geometry.createLinearRing(coordinates);
    }

    private MapLayer roads() {
        double stepDegrees = 10 / 100_000.0;
        List<Feature> features = new ArrayList<>(ROADS);
        for (int r = 0; r < ROADS; r++) {
            double x = WEST + random.nextDouble() * (EAST - WEST);
            double y = SOUTH + random.nextDouble() * (NORTH - SOUTH);
            double heading = random.nextDouble() * 2 * Math.PI;
            double turn = 0;
            Coordinate[] coordinates = new Coordinate[VERTICES_PER_ROAD];
            for (int v = 0; v < VERTICES_PER_ROAD; v++) {
                coordinates[v] = new Coordinate(x, y);
                // Smoothly varying curvature: real roads bend, they do not jitter.
                turn = 0.9 * turn + 0.02 * (random.nextDouble() - 0.5);
                heading += turn;
                x += stepDegrees * Math.cos(heading);
                y += stepDegrees * Math.sin(heading);
            }
            features.add(new Feature(r + 1L, geometry.createLineString(coordinates),
                    Map.of("level", LEVELS[random.nextInt(LEVELS.length)], "name", "")));
        }
        FeatureType type = new FeatureType("stress_road", GeometryKind.LINESTRING,
                List.of(new Field("level", FieldType.TEXT), new Field("name", FieldType.TEXT)));
        return mapLayer(type, features, SampleStyles.road());
    }

    private static MapLayer mapLayer(FeatureType type, List<Feature> features, rectimap.model.style.LayerStyle style) {
        LayerInfo info = new LayerInfo(type, type.name(), LayerRole.REFERENCE, Provenance.SCHEMATIC,
                "synthetic stress set", Epsg.CGCS2000);
        return new MapLayer(new Layer(info, features), style, true, 1.0);
    }
}
