package rectimap.campaign.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Places the village-level units of one township as points inside it by seeded rejection sampling with a minimum
 * spacing: villages (村) anywhere in the township, communities (社区) drawn around the seat, never in the salt lake
 * and never within {@link #INSET_KM} of the township border. The spacing shrinks by steps only when a township is
 * too crowded for it, so every unit always gets a point.
 */
final class VillagePlacement {
    static final double INSET_KM = 0.15;
    private static final double LAKE_CLEARANCE_KM = 0.4;
    private static final long SEED = 1408023L;
    private static final int TRIES_PER_SPACING = 3000;

    private final GeometryFactory factory;
    private final LocalPlane plane;
    private final Geometry lakeKm;

    VillagePlacement(GeometryFactory factory, LocalPlane plane, Geometry lakeLonLat) {
        this.factory = factory;
        this.plane = plane;
        this.lakeKm = plane.toKm(lakeLonLat).buffer(LAKE_CLEARANCE_KM);
    }

    /** Village code → point in lon/lat degrees for the {@code units} of the township with this polygon and seat. */
    Map<String, Point> place(int townshipIndex, Geometry townshipLonLat, TownshipSeat seat, List<Division> units) {
        Geometry regionKm = plane.toKm(townshipLonLat).buffer(-INSET_KM).difference(lakeKm);
        PreparedGeometry region = PreparedGeometryFactory.prepare(regionKm);
        Coordinate seatKm = plane.toKm(seat.lon(), seat.lat());
        Random random = new Random(SEED + townshipIndex);
        double spacingKm = Math.max(0.25, Math.min(3.0, 0.6 * Math.sqrt(regionKm.getArea() / units.size())));
        double communitySpreadKm = Math.max(0.5, 0.2 * Math.sqrt(regionKm.getArea()));
        List<Coordinate> taken = new ArrayList<>();
        Map<String, Point> placed = new LinkedHashMap<>();
        for (Division unit : units) {
            Coordinate chosen = null;
            while (chosen == null) {
                for (int attempt = 0; attempt < TRIES_PER_SPACING && chosen == null; attempt++) {
                    Coordinate candidate = unit.isCommunity()
                            ? new Coordinate(seatKm.x + random.nextGaussian() * communitySpreadKm,
                                    seatKm.y + random.nextGaussian() * communitySpreadKm)
                            : uniformIn(regionKm, random);
                    if (fits(candidate, region, taken, seatKm, spacingKm)) {
                        chosen = candidate;
                    }
                }
                spacingKm *= chosen == null ? 0.85 : 1;
            }
            taken.add(chosen);
            placed.put(unit.code(), factory.createPoint(plane.toLonLat(chosen)));
        }
        return placed;
    }

    private static Coordinate uniformIn(Geometry regionKm, Random random) {
        var e = regionKm.getEnvelopeInternal();
        return new Coordinate(e.getMinX() + random.nextDouble() * e.getWidth(),
                e.getMinY() + random.nextDouble() * e.getHeight());
    }

    private boolean fits(Coordinate candidate, PreparedGeometry region, List<Coordinate> taken, Coordinate seatKm,
            double spacingKm) {
        if (candidate.distance(seatKm) < spacingKm / 2 || !region.contains(factory.createPoint(candidate))) {
            return false;
        }
        return taken.stream().allMatch(t -> t.distance(candidate) >= spacingKm);
    }
}
