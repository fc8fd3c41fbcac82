package rectimap.campaign.sample;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Puts polygons into one canonical form so that generating twice writes identical WKT: JTS's coverage union may
 * start a ring at a different vertex from run to run. Normalised (parts and start vertices ordered), then shells
 * counter-clockwise and holes clockwise, as OGC Simple Features asks.
 */
final class CanonicalPolygons {
    private CanonicalPolygons() {
    }

    /** The canonical MultiPolygon for a Polygon or MultiPolygon. */
    static MultiPolygon of(Geometry polygonal, GeometryFactory factory) {
        Geometry normal = polygonal.norm();
        Polygon[] parts = new Polygon[normal.getNumGeometries()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = oriented((Polygon) normal.getGeometryN(i), factory);
        }
        return factory.createMultiPolygon(parts);
    }

    /** One polygon: normalised, shell counter-clockwise, holes clockwise. */
    static Polygon of(Polygon polygon, GeometryFactory factory) {
        return oriented((Polygon) polygon.norm(), factory);
    }

    private static Polygon oriented(Polygon polygon, GeometryFactory factory) {
        LinearRing shell = ringWithOrientation(polygon.getExteriorRing(), true);
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int h = 0; h < holes.length; h++) {
            holes[h] = ringWithOrientation(polygon.getInteriorRingN(h), false);
        }
        return factory.createPolygon(shell, holes);
    }

    private static LinearRing ringWithOrientation(LinearRing ring, boolean counterClockwise) {
        boolean isCcw = Orientation.isCCW(ring.getCoordinateSequence());
        return isCcw == counterClockwise ? ring : ring.reverse();
    }
}
