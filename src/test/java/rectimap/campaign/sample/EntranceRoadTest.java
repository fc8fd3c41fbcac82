package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import rectimap.model.Feature;

/**
 * Each of the six entrance roads starts in the urban area (the union of the 街道), leaves it within ±30° of its
 * stated bearing (measured geodesically from the road's start to where it first crosses the urban boundary) and
 * ends outside it.
 */
class EntranceRoadTest {

    @Test
    void eachEntranceRoadLeavesTheUrbanAreaInItsStatedDirectionAndEndsOutside() {
        Geometry urban = UnaryUnionOp.union(GeneratedYanhu.features("township")
                .filter(f -> f.text("kind").equals("街道")).map(Feature::geometry).toList());
        List<Feature> entrances = GeneratedYanhu.features("city_entrance").toList();
        assertThat(entrances).extracting(f -> f.text("name"))
                .containsExactly("运临路", "运稷路", "运永路", "运风路", "运金路", "运城南出口");
        for (Feature entrance : entrances) {
            String name = entrance.text("name");
            Feature road = GeneratedYanhu.features("road").filter(r -> r.text("name").equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no road named " + name));
            LineString line = (LineString) road.geometry().getGeometryN(0);
            GeometryFactory factory = line.getFactory();
            Coordinate start = line.getCoordinateN(0);
            Coordinate end = line.getCoordinateN(line.getNumPoints() - 1);
            assertThat(urban.contains(factory.createPoint(start))).as("%s starts in the city", name).isTrue();
            assertThat(urban.contains(factory.createPoint(end))).as("%s ends outside the city", name).isFalse();
            Coordinate exit = firstExit(line, urban);
            double bearing = Geodesic.WGS84.Inverse(start.y, start.x, exit.y, exit.x).azi1;
            double offBy = Math.abs(((bearing - (Double) entrance.get("bearing_deg")) % 360 + 540) % 360 - 180);
            assertThat(offBy).as("%s leaves the city off its bearing by, degrees", name).isLessThanOrEqualTo(30);
        }
    }

    /** The first point where the line, walked from its start, crosses the boundary of {@code area}. */
    private static Coordinate firstExit(LineString line, Geometry area) {
        GeometryFactory factory = line.getFactory();
        for (int i = 1; i < line.getNumPoints(); i++) {
            Coordinate a = line.getCoordinateN(i - 1);
            Coordinate b = line.getCoordinateN(i);
            if (!area.contains(factory.createPoint(b))) {
                Geometry crossing = factory.createLineString(new Coordinate[] {a, b}).intersection(area.getBoundary());
                Coordinate first = null;
                for (Coordinate c : crossing.getCoordinates()) {
                    if (first == null || c.distance(a) < first.distance(a)) {
                        first = c;
                    }
                }
                return first;
            }
        }
        throw new AssertionError("the line never leaves the area");
    }
}
