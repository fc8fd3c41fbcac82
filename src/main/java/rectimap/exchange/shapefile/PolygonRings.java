package rectimap.exchange.shapefile;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns the rings of a Shapefile polygon record into JTS polygons. The specification orients outer rings clockwise
 * and holes counter-clockwise (x east, y north); each hole goes into the smallest outer ring that contains it. A
 * counter-clockwise ring inside no outer ring is an outer ring written the wrong way round (some tools do), so it
 * becomes a polygon of its own rather than being dropped.
 */
final class PolygonRings {
    private PolygonRings() {
    }

    /** A Polygon for one outer ring, else a MultiPolygon; every ring closed with at least 4 positions. */
    static Geometry assemble(Coordinate[][] rings, GeometryFactory factory) {
        if (rings.length == 1) {
            return factory.createPolygon(rings[0]);
        }
        List<Shell> shells = new ArrayList<>();
        List<Coordinate[]> holes = new ArrayList<>();
        for (Coordinate[] ring : rings) {
            if (Orientation.isCCW(ring)) {
                holes.add(ring);
            } else {
                shells.add(new Shell(ring));
            }
        }
        for (Coordinate[] hole : holes) {
            Shell owner = smallestContaining(shells, hole);
            if (owner == null) {
                shells.add(new Shell(hole));
            } else {
                owner.holes.add(factory.createLinearRing(hole));
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            Shell shell = shells.get(i);
            polygons[i] = factory.createPolygon(factory.createLinearRing(shell.ring),
                    shell.holes.toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    private static Shell smallestContaining(List<Shell> shells, Coordinate[] hole) {
        Envelope holeBox = envelope(hole);
        Shell best = null;
        for (Shell shell : shells) {
            if (shell.box.contains(holeBox) && inside(hole, shell.ring)
                    && (best == null || shell.box.getArea() < best.box.getArea())) {
                best = shell;
            }
        }
        return best;
    }

    /** Whether a vertex of {@code hole} that is not on the shell's boundary lies inside it. */
    private static boolean inside(Coordinate[] hole, Coordinate[] shell) {
        for (Coordinate vertex : hole) {
            int location = PointLocation.locateInRing(vertex, shell);
            if (location != org.locationtech.jts.geom.Location.BOUNDARY) {
                return location == org.locationtech.jts.geom.Location.INTERIOR;
            }
        }
        return true;
    }

    private static Envelope envelope(Coordinate[] ring) {
        Envelope box = new Envelope();
        for (Coordinate c : ring) {
            box.expandToInclude(c);
        }
        return box;
    }

    private static final class Shell {
        final Coordinate[] ring;
        final Envelope box;
        final List<LinearRing> holes = new ArrayList<>();

        Shell(Coordinate[] ring) {
            this.ring = ring;
            this.box = envelope(ring);
        }
    }
}
