package rectimap.campaign.sample;

import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The schematic salt lake (运城盐湖) just south of the city: a long, narrow, slightly bowed east–west shape between
 * about 110.935 and 111.080 E and 34.965 and 35.002 N, its shore roughened by seeded harmonics.
 */
final class SaltLake {
    static final String NAME = "运城盐湖";

    private static final double WEST_LON = 110.935;
    private static final double EAST_LON = 111.080;
    private static final double SOUTH_LAT = 34.965;
    private static final double NORTH_LAT = 35.002;
    private static final long SEED = 1408021L;
    private static final int VERTICES = 160;

    private SaltLake() {
    }

    /** The lake polygon in lon/lat degrees. */
    static Polygon generate(GeometryFactory factory, LocalPlane plane) {
        Random random = new Random(SEED);
        double[] phases = {random.nextDouble() * 2 * Math.PI, random.nextDouble() * 2 * Math.PI,
            random.nextDouble() * 2 * Math.PI};
        Coordinate west = plane.toKm(WEST_LON, (SOUTH_LAT + NORTH_LAT) / 2);
        Coordinate east = plane.toKm(EAST_LON, (SOUTH_LAT + NORTH_LAT) / 2);
        double halfLengthKm = (east.x - west.x) / 2;
        double centreXKm = (east.x + west.x) / 2;
        double centreYKm = west.y;
        double halfWidthKm = (plane.toKm(EAST_LON, NORTH_LAT).y - plane.toKm(EAST_LON, SOUTH_LAT).y) / 2;
        Coordinate[] ring = new Coordinate[VERTICES + 1];
        for (int i = 0; i < VERTICES; i++) {
            double t = 2 * Math.PI * i / VERTICES;
            double u = Math.cos(t);
            // Bowed (ends turn slightly north) and with a wavy shore; the width shrinks toward the two tips.
            double shore = 1 + 0.12 * Math.sin(3 * t + phases[0]) + 0.07 * Math.sin(7 * t + phases[1])
                    + 0.04 * Math.sin(13 * t + phases[2]);
            double bow = 0.35 * halfWidthKm * (u * u - 0.5);
            double y = centreYKm + bow + 0.75 * halfWidthKm * Math.sin(t) * shore;
            ring[i] = plane.toLonLat(new Coordinate(centreXKm + halfLengthKm * u, y));
        }
        ring[VERTICES] = ring[0].copy();
        return factory.createPolygon(ring);
    }
}
