package rectimap.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.model.Feature;
import rectimap.model.Layer;

/**
 * A responsibility-area layer of the real planning schema with many ten-vertex multipolygons tiled over the
 * district's extent (about 90 m across each), with Chinese attribute values, for the edit benchmark.
 */
final class PlanningPolygons {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private PlanningPolygons() {
    }

    static Layer layer(int count) {
        List<Feature> features = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            features.add(feature(i + 1, 0));
        }
        return new Layer(ResponsibilityAreaSchema.schema().info(), features);
    }

    /** Feature {@code id} (from 1), its centre shifted east by {@code shiftDegrees}. */
    static Feature feature(long id, double shiftDegrees) {
        long i = id - 1;
        double x = 110.73 + (i % 400) * 0.0011 + shiftDegrees;
        double y = 34.82 + (i / 400) * 0.0022;
        Coordinate[] ring = new Coordinate[11];
        for (int k = 0; k < 10; k++) {
            double angle = k * Math.PI / 5;
            ring[k] = new Coordinate(x + 0.0005 * Math.cos(angle), y + 0.0005 * Math.sin(angle));
        }
        ring[10] = ring[0];
        Polygon polygon = FACTORY.createPolygon(ring);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("kind", ResponsibilityAreaSchema.KIND_CADRE_VILLAGE);
        attributes.put("person", "张" + (i % 1000));
        attributes.put("unit", "解州镇人民政府");
        attributes.put("phone", "0359-2" + (100000 + i % 900000));
        attributes.put("township", "解州镇");
        attributes.put("village", "西张耿村");
        attributes.put("since", LocalDate.of(2025, 11, 1));
        attributes.put("note", "责任区 " + id);
        attributes.put("area_m2", 7000.0);
        attributes.put("area_mu", 10.5);
        return new Feature(id, FACTORY.createMultiPolygon(new Polygon[] {polygon}), attributes);
    }
}
