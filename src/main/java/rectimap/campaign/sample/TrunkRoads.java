package rectimap.campaign.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The two trunk roads that certainly cross the district, with schematic courses: G5 京昆高速 from the north-east
 * past the city's north-west side toward 解州 and the south-west, and G209 from the east of the city north through
 * 安邑, 陶村, 上郭 and 三路里 (its southward course is the 运城南出口 entrance road). Both are clipped to the district.
 */
final class TrunkRoads {
    private static final long SEED = 1408025L;
    private static final double[][] G5_LON_LAT = {
        {111.13, 35.27}, {111.05, 35.15}, {110.975, 35.088}, {110.905, 35.040}, {110.845, 34.960}, {110.75, 34.84},
    };
    /** G209 leaves the city northward through these seats; south of the city it is the 运城南出口 road. */
    private static final String[] G209_SEATS = {
        "140802002000", "140802006000", "140802105000", "140802204000", "140802104000",
    };

    private final GeometryFactory factory;
    private final LocalPlane plane;

    TrunkRoads(GeometryFactory factory, LocalPlane plane) {
        this.factory = factory;
        this.plane = plane;
    }

    void build(Map<String, Coordinate> seatsKm, Geometry districtKm, List<SampleRoad> roads) {
        Random random = new Random(SEED);
        List<Coordinate> g5 = new ArrayList<>();
        for (double[] lonLat : G5_LON_LAT) {
            g5.add(plane.toKm(lonLat[0], lonLat[1]));
        }
        addClipped("G5 京昆高速（示意）", RoadLevel.EXPRESSWAY, g5, districtKm, random, roads);

        List<Coordinate> g209 = new ArrayList<>();
        for (String code : G209_SEATS) {
            g209.add(seatsKm.get(code));
        }
        Coordinate north = seatsKm.get(G209_SEATS[G209_SEATS.length - 1]);
        g209.add(new Coordinate(north.x + 1, north.y + 20));
        addClipped("G209（示意）", RoadLevel.NATIONAL, g209, districtKm, random, roads);
    }

    private void addClipped(String name, RoadLevel level, List<Coordinate> course, Geometry districtKm,
            Random random, List<SampleRoad> roads) {
        List<Coordinate> line = new ArrayList<>();
        for (int i = 0; i + 1 < course.size(); i++) {
            List<Coordinate> leg = LineWiggle.between(course.get(i), course.get(i + 1), 4, 0.02, random);
            line.addAll(i == 0 ? leg : leg.subList(1, leg.size()));
        }
        Geometry clipped = factory.createLineString(line.toArray(Coordinate[]::new)).intersection(districtKm);
        roads.add(new SampleRoad(name, level, clipped));
    }
}
