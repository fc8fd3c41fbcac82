package rectimap.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;

/**
 * The edits the crash test's child process writes, the same every run: step i adds zone 1000+i, and every third
 * step also renames the zone the step before added. So the state after n steps is known exactly.
 */
final class CrashEdits {
    static final String TABLE = "zone_area";
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private CrashEdits() {
    }

    static ChangeSet step(int i) {
        List<FeatureChange> changes = new ArrayList<>();
        changes.add(FeatureChange.added(TABLE, added(i)));
        if (i % 3 == 0) {
            changes.add(FeatureChange.replaced(TABLE, added(i - 1), renamed(i - 1)));
        }
        return new ChangeSet("第 " + i + " 步 新增 整治片区", changes);
    }

    /** The zones steps 1..n leave, by id order. */
    static List<Feature> zonesAfter(int n) {
        List<Feature> zones = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            boolean renamedLater = (i + 1) % 3 == 0 && i + 1 <= n;
            zones.add(renamedLater ? renamed(i) : added(i));
        }
        return zones;
    }

    static Feature added(int i) {
        return zone(i, "盐湖区第 " + i + " 号整治片区");
    }

    static Feature renamed(int i) {
        return zone(i, "改名：解州镇 " + i + " 号片区");
    }

    private static Feature zone(int i, String name) {
        double x = 110.8 + (i % 50) * 0.004;
        double y = 34.9 + (i / 50) * 0.004;
        Geometry square = FACTORY.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 0.003, y),
                new Coordinate(x + 0.003, y + 0.003), new Coordinate(x, y + 0.003), new Coordinate(x, y)});
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", name);
        attributes.put("code", 1000L + i);
        attributes.put("area_mu", i / 7.0);
        attributes.put("since", LocalDate.of(2026, 1, 1).plusDays(i));
        return new Feature(1000L + i, square, attributes);
    }
}
