package rectimap.campaign.coverage;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Envelope;
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
        Envelope reach = new Envelope(zone.getEnvelopeInternal());
        reach.expandBy(TOLERANCE_DEG);
        if (!reach.intersects(piece.getEnvelopeInternal())) {
            return 0;
        }
        Edges edges = new Edges(zone.getBoundary());
        double shared = 0;
        for (int r = 0; r <= piece.getNumInteriorRing(); r++) {
            LineString ring = r == 0 ? piece.getExteriorRing() : piece.getInteriorRingN(r - 1);
            Coordinate[] points = ring.getCoordinates();
            for (int i = 1; i < points.length; i++) {
                Coordinate a = points[i - 1];
                Coordinate b = points[i];
                // A segment along the zone's boundary has both ends within the zone's box: most of a long gap's
                // segments are far from any one zone and are passed over without a distance.
                if (!reach.contains(a) || !reach.contains(b)) {
                    continue;
                }
                Coordinate middle = new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2);
                if (edges.near(a) && edges.near(b) && edges.near(middle)) {
                    shared += Measure.distanceM(a.x, a.y, b.x, b.y);
                }
            }
        }
        return shared;
    }

    /**
     * A zone's boundary segments asked "is this point within the tolerance of one of you": a small boundary by a
     * pass over its segments (each skipped unless its box, widened by the tolerance, holds the point), a large one
     * through JTS's facet index, built once per zone and piece as before. Both give the exact least distance.
     */
    private static final class Edges {
        private static final int INDEXED_FROM_POINTS = 256;
        private final Coordinate[][] rings;
        private final IndexedFacetDistance indexed;
        private final GeometryFactory factory;

        Edges(Geometry boundary) {
            factory = boundary.getFactory();
            if (boundary.getNumPoints() >= INDEXED_FROM_POINTS) {
                indexed = new IndexedFacetDistance(boundary);
                rings = null;
            } else {
                indexed = null;
                rings = new Coordinate[boundary.getNumGeometries()][];
                for (int i = 0; i < rings.length; i++) {
                    rings[i] = boundary.getGeometryN(i).getCoordinates();
                }
            }
        }

        boolean near(Coordinate at) {
            if (indexed != null) {
                return indexed.distance(factory.createPoint(at)) <= TOLERANCE_DEG;
            }
            for (Coordinate[] ring : rings) {
                for (int i = 1; i < ring.length; i++) {
                    Coordinate a = ring[i - 1];
                    Coordinate b = ring[i];
                    if (at.x < Math.min(a.x, b.x) - TOLERANCE_DEG || at.x > Math.max(a.x, b.x) + TOLERANCE_DEG
                            || at.y < Math.min(a.y, b.y) - TOLERANCE_DEG || at.y > Math.max(a.y, b.y) + TOLERANCE_DEG) {
                        continue;
                    }
                    if (Distance.pointToSegment(at, a, b) <= TOLERANCE_DEG) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
