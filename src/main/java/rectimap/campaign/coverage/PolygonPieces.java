package rectimap.campaign.coverage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The overlay steps coverage needs, on lon/lat polygons (topology only: areas are measured apart, ellipsoidally):
 * robust overlay keeping only the areal result, so collapsed edges never count as pieces.
 */
final class PolygonPieces {
    private PolygonPieces() {
    }

    static Geometry difference(Geometry a, Geometry b) {
        return areal(OverlayNGRobust.overlay(a, b, OverlayNG.DIFFERENCE), a.getFactory());
    }

    static Geometry intersection(Geometry a, Geometry b) {
        return areal(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION), a.getFactory());
    }

    static Geometry union(Geometry a, Geometry b) {
        return areal(OverlayNGRobust.overlay(a, b, OverlayNG.UNION), a.getFactory());
    }

    /** The union of many polygons; the empty polygon for none. */
    static Geometry unionAll(List<Geometry> polygons, GeometryFactory factory) {
        if (polygons.isEmpty()) {
            return factory.createPolygon();
        }
        return areal(OverlayNGRobust.union(polygons, factory), factory);
    }

    /** The single polygons of an areal result, each its own piece. */
    static List<Polygon> pieces(Geometry areal) {
        List<Polygon> pieces = new ArrayList<>();
        for (Object polygon : PolygonExtracter.getPolygons(areal)) {
            if (!((Polygon) polygon).isEmpty()) {
                pieces.add((Polygon) polygon);
            }
        }
        return pieces;
    }

    private static Geometry areal(Geometry result, GeometryFactory factory) {
        Geometry polygons = factory.buildGeometry(PolygonExtracter.getPolygons(result));
        polygons.setSRID(factory.getSRID() == 0 ? result.getSRID() : factory.getSRID());
        return polygons;
    }
}
