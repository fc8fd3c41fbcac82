package rectimap.campaign.coverage;

import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import rectimap.geo.Measure;

/**
 * How long a piece's boundary runs along a zone, in metres (ellipsoidal): the segments of the piece's rings whose
 * ends and middle lie on the zone's boundary, within {@value #TOLERANCE_DEG}° (about 1 cm) — overlay output splits
 * rings where the inputs meet, so each segment lies on one input's edge.
 */
final class SharedEdge {
    static final double TOLERANCE_DEG = 1e-7;

    private SharedEdge() {
    }

    static double lengthM(Polygon piece, Geometry zone) {
        IndexedFacetDistance edges = new IndexedFacetDistance(zone.getBoundary());
        GeometryFactory factory = piece.getFactory();
        double shared = 0;
        for (int r = 0; r <= piece.getNumInteriorRing(); r++) {
            LineString ring = r == 0 ? piece.getExteriorRing() : piece.getInteriorRingN(r - 1);
            Coordinate[] points = ring.getCoordinates();
            for (int i = 1; i < points.length; i++) {
                Coordinate a = points[i - 1];
                Coordinate b = points[i];
                Coordinate middle = new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2);
                if (near(edges, factory, a) && near(edges, factory, b) && near(edges, factory, middle)) {
                    shared += Measure.distanceM(a.x, a.y, b.x, b.y);
                }
            }
        }
        return shared;
    }

    private static boolean near(IndexedFacetDistance edges, GeometryFactory factory, Coordinate at) {
        return edges.distance(factory.createPoint(at)) <= TOLERANCE_DEG;
    }
}
