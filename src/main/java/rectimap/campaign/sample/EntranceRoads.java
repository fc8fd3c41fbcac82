package rectimap.campaign.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * The six city entrance roads (运临路 …): each starts at the city-centre seat (中城街道), runs out in its stated
 * bearing with a gentle seeded wiggle, and ends either at a named township seat or a little inside the district
 * boundary. 运稷路 and 运城南出口 are 国道, the others 省道. The gate is where the road first leaves the urban area.
 */
final class EntranceRoads {
    static final String CITY_CENTRE_CODE = "140802001000";
    private static final long SEED = 1408024L;
    private static final double BOUNDARY_SETBACK_KM = 1.5;

    private final GeometryFactory factory;

    EntranceRoads(GeometryFactory factory) {
        this.factory = factory;
    }

    /** Builds each entrance road into {@code roads} and returns the gates, in the order of {@code entrances}. */
    List<CityGate> build(List<EntranceSpec> entrances, Map<String, Coordinate> seatsKm, Geometry districtKm,
            Geometry urbanKm, List<SampleRoad> roads) {
        Random random = new Random(SEED);
        Coordinate start = seatsKm.get(CITY_CENTRE_CODE);
        List<CityGate> gates = new ArrayList<>();
        for (EntranceSpec entrance : entrances) {
            Coordinate end = entrance.endTownshipCode().isEmpty()
                    ? nearBoundary(start, entrance.bearingDeg(), districtKm)
                    : seatsKm.get(entrance.endTownshipCode());
            LineString road = factory.createLineString(
                    LineWiggle.between(start, end, 4, 0.025, random).toArray(Coordinate[]::new));
            RoadLevel level = entrance.name().equals("运稷路") || entrance.name().equals("运城南出口")
                    ? RoadLevel.NATIONAL : RoadLevel.PROVINCIAL;
            roads.add(new SampleRoad(entrance.name(), level, road));
            gates.add(new CityGate(entrance, firstExit(road, urbanKm)));
        }
        return gates;
    }

    /** The point {@link #BOUNDARY_SETBACK_KM} before the ray from {@code start} first meets the district boundary. */
    private Coordinate nearBoundary(Coordinate start, double bearingDeg, Geometry districtKm) {
        double dx = Math.sin(Math.toRadians(bearingDeg));
        double dy = Math.cos(Math.toRadians(bearingDeg));
        double farKm = 200;
        LineString ray = factory.createLineString(new Coordinate[] {start,
            new Coordinate(start.x + dx * farKm, start.y + dy * farKm)});
        Geometry crossings = ray.intersection(districtKm.getBoundary());
        double firstKm = farKm;
        for (Coordinate c : crossings.getCoordinates()) {
            firstKm = Math.min(firstKm, c.distance(start));
        }
        double endKm = firstKm - BOUNDARY_SETBACK_KM;
        return new Coordinate(start.x + dx * endKm, start.y + dy * endKm);
    }

    /** Walks the road from its start and returns where it first crosses out of {@code urbanKm}. */
    static Coordinate firstExit(LineString road, Geometry urbanKm) {
        Geometry inside = road.intersection(urbanKm);
        Coordinate start = road.getCoordinateN(0);
        for (int i = 0; i < inside.getNumGeometries(); i++) {
            LineString piece = (LineString) inside.getGeometryN(i);
            if (piece.getCoordinateN(0).distance(start) < 1e-9) {
                return piece.getCoordinateN(piece.getNumPoints() - 1);
            }
            if (piece.getCoordinateN(piece.getNumPoints() - 1).distance(start) < 1e-9) {
                return piece.getCoordinateN(0);
            }
        }
        throw new IllegalStateException("an entrance road does not start inside the urban area");
    }
}
