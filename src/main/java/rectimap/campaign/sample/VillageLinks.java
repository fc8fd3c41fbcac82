package rectimap.campaign.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * The village roads (村道): from each village point straight to the nearest point of the roads built so far
 * (trunk, entrance, county and township roads), skipping any link that would cross the salt lake. Named
 * "<village>进村路".
 */
final class VillageLinks {
    private final GeometryFactory factory;

    VillageLinks(GeometryFactory factory) {
        this.factory = factory;
    }

    /** Adds one 村道 per village in {@code villagesKm} (name → point) to {@code roads}. */
    void build(List<String> villageNames, List<Point> villagesKm, Geometry lakeKm, List<SampleRoad> roads) {
        List<Geometry> network = roads.stream().map(SampleRoad::linealKm).toList();
        List<SampleRoad> links = new ArrayList<>();
        for (int v = 0; v < villagesKm.size(); v++) {
            Point village = villagesKm.get(v);
            LineString link = network.stream()
                    .map(road -> DistanceOp.nearestPoints(village, road)[1])
                    .sorted(Comparator.comparingDouble(village.getCoordinate()::distance))
                    .map(target -> factory.createLineString(new Coordinate[] {village.getCoordinate(), target}))
                    .filter(line -> line.getLength() > 0 && !line.intersects(lakeKm))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no lake-free road link for a village"));
            links.add(new SampleRoad(villageNames.get(v) + "进村路", RoadLevel.VILLAGE, link));
        }
        roads.addAll(links);
    }
}
