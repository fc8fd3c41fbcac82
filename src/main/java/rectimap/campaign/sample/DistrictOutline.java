package rectimap.campaign.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import rectimap.geo.Measure;

/**
 * The schematic district outline: a hand-set control polygon shaped like the real district (long north–south,
 * broad in the south around the city and the salt lake), roughened by seeded midpoint displacement, warped
 * radially until its ellipsoidal area ({@link Measure}) is the real district's, and stretched to the real extent
 * exactly.
 * Seeds are tried in a fixed order until the outline is valid and keeps every seat and the lake well inside,
 * so the result is reproducible.
 */
final class DistrictOutline {
    /** The real district's extent, degrees (EPSG:4490). */
    static final Envelope REAL_EXTENT = new Envelope(110.73, 111.18, 34.82, 35.37);
    /** The real district's area, km². */
    static final double REAL_AREA_KM2 = 1205;

    private static final long FIRST_SEED = 140802L;
    private static final double MARGIN_KM = 1.5;
    private static final double[][] CONTROL_LON_LAT = {
        {110.9712, 35.3695}, {111.0041, 35.3335}, {111.0151, 35.2885}, {111.0370, 35.2434}, {111.0809, 35.2164},
        {111.1138, 35.1714}, {111.1467, 35.1173}, {111.1796, 35.0723}, {111.1467, 35.0272}, {111.1357, 34.9732},
        {111.0918, 34.9191}, {111.0370, 34.8831}, {110.9822, 34.8560}, {110.9274, 34.8200}, {110.8616, 34.8470},
        {110.8177, 34.8831}, {110.7958, 34.9281}, {110.7958, 34.9822}, {110.7300, 35.0272}, {110.7629, 35.0723},
        {110.7958, 35.1173}, {110.8287, 35.1443}, {110.8725, 35.1804}, {110.9054, 35.2254}, {110.9274, 35.2795},
        {110.9383, 35.3335},
    };

    private final GeometryFactory factory;
    private final LocalPlane plane;

    DistrictOutline(GeometryFactory factory, LocalPlane plane) {
        this.factory = factory;
        this.plane = plane;
    }

    /** The outline in lon/lat degrees, containing every geometry of {@code mustContainLonLat} with a margin. */
    Polygon generate(List<Geometry> mustContainLonLat) {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + 1000; seed++) {
            Polygon roughKm = roughened(new Random(seed));
            if (!roughKm.isValid()) {
                continue;
            }
            Polygon outline = tunedToArea(roughKm);
            Geometry outlineKm = plane.toKm(outline);
            boolean fits = outline.isValid() && mustContainLonLat.stream()
                    .map(plane::toKm)
                    .allMatch(g -> outlineKm.contains(g) && outlineKm.getBoundary().distance(g) >= MARGIN_KM);
            if (fits) {
                return outline;
            }
        }
        throw new IllegalStateException("no seed in range gives a valid district outline around the seats");
    }

    private Polygon roughened(Random random) {
        List<Coordinate> control = new ArrayList<>();
        for (double[] lonLat : CONTROL_LON_LAT) {
            control.add(plane.toKm(lonLat[0], lonLat[1]));
        }
        List<Coordinate> ring = new ArrayList<>();
        for (int i = 0; i < control.size(); i++) {
            List<Coordinate> edge = LineWiggle.between(control.get(i), control.get((i + 1) % control.size()),
                    5, 0.09, random);
            ring.addAll(edge.subList(0, edge.size() - 1));
        }
        ring.add(ring.get(0).copy());
        return factory.createPolygon(ring.toArray(Coordinate[]::new));
    }

    /** Bisects the radial warp exponent so the stretched outline's area is {@link #REAL_AREA_KM2}. */
    private Polygon tunedToArea(Polygon roughKm) {
        double low = 0.3;
        double high = 3.0;
        Polygon best = null;
        for (int i = 0; i < 50; i++) {
            double exponent = (low + high) / 2;
            best = stretchedToExtent(warped(roughKm, exponent));
            if (Measure.areaM2(best) / 1e6 > REAL_AREA_KM2) {
                low = exponent;
            } else {
                high = exponent;
            }
        }
        return best;
    }

    /** Moves every vertex radially: r → rMax·(r/rMax)^exponent about the centroid; exponent > 1 shrinks the body. */
    private Polygon warped(Polygon km, double exponent) {
        Coordinate centre = km.getCentroid().getCoordinate();
        Coordinate[] vertices = km.getExteriorRing().getCoordinates();
        double rMax = 0;
        for (Coordinate c : vertices) {
            rMax = Math.max(rMax, c.distance(centre));
        }
        Coordinate[] moved = new Coordinate[vertices.length];
        for (int i = 0; i < vertices.length; i++) {
            double r = vertices[i].distance(centre);
            double factor = r == 0 ? 1 : Math.pow(r / rMax, exponent - 1);
            moved[i] = new Coordinate(centre.x + (vertices[i].x - centre.x) * factor,
                    centre.y + (vertices[i].y - centre.y) * factor);
        }
        return factory.createPolygon(moved);
    }

    /** Back to lon/lat, then stretched by an axis-aligned affine map so its envelope is exactly the real extent. */
    private Polygon stretchedToExtent(Polygon km) {
        Polygon lonLat = (Polygon) plane.toLonLat(km);
        Envelope e = lonLat.getEnvelopeInternal();
        Coordinate[] vertices = lonLat.getExteriorRing().getCoordinates();
        Coordinate[] stretched = new Coordinate[vertices.length];
        for (int i = 0; i < vertices.length; i++) {
            stretched[i] = new Coordinate(
                    REAL_EXTENT.getMinX() + (vertices[i].x - e.getMinX()) / e.getWidth() * REAL_EXTENT.getWidth(),
                    REAL_EXTENT.getMinY() + (vertices[i].y - e.getMinY()) / e.getHeight() * REAL_EXTENT.getHeight());
        }
        return factory.createPolygon(stretched);
    }
}
