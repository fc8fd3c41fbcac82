package rectimap.tool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A geometry seen as its vertex paths (rings, lines, points), for vertex editing: find the vertex or segment near a
 * position, and make a copy with one vertex moved, inserted or removed, keeping the geometry's structure (so the same
 * {@link VertexAddress} names the same vertex in the display and the stored copy of a feature). Immutable: every edit
 * returns a new shape. Supports points, lines, polygons and their multi forms.
 */
public final class EditableShape {
    private final Geometry template;
    private final List<Coordinate[]> paths;

    private EditableShape(Geometry template, List<Coordinate[]> paths) {
        this.template = template;
        this.paths = paths;
    }

    public static EditableShape of(Geometry geometry) {
        List<Coordinate[]> paths = new ArrayList<>();
        collect(geometry, paths);
        return new EditableShape(geometry, paths);
    }

    private static void collect(Geometry geometry, List<Coordinate[]> paths) {
        if (geometry instanceof Polygon polygon) {
            if (!polygon.isEmpty()) {
                paths.add(polygon.getExteriorRing().getCoordinates());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    paths.add(polygon.getInteriorRingN(h).getCoordinates());
                }
            }
        } else if (geometry instanceof LineString || geometry instanceof Point) {
            if (!geometry.isEmpty()) {
                paths.add(geometry.getCoordinates());
            }
        } else {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                collect(geometry.getGeometryN(i), paths);
            }
        }
    }

    /** Copies of the vertex paths (rings closed, first vertex repeated). */
    public List<Coordinate[]> paths() {
        List<Coordinate[]> copies = new ArrayList<>(paths.size());
        for (Coordinate[] path : paths) {
            copies.add(copyOf(path));
        }
        return copies;
    }

    public Coordinate vertex(VertexAddress address) {
        return paths.get(address.path())[address.vertex()].copy();
    }

    /** Every distinct vertex (closing vertices of rings left out), for handles. */
    public List<Coordinate> vertices() {
        List<Coordinate> all = new ArrayList<>();
        for (Coordinate[] path : paths) {
            int end = isRing(path) ? path.length - 1 : path.length;
            for (int v = 0; v < end; v++) {
                all.add(path[v].copy());
            }
        }
        return all;
    }

    /** The vertex nearest to {@code position} within {@code tolerance} (same units as the shape). */
    public Optional<VertexAddress> nearestVertex(Coordinate position, double tolerance) {
        VertexAddress best = null;
        double bestDistance = tolerance;
        for (int p = 0; p < paths.size(); p++) {
            Coordinate[] path = paths.get(p);
            int end = isRing(path) ? path.length - 1 : path.length;
            for (int v = 0; v < end; v++) {
                double d = path[v].distance(position);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = new VertexAddress(p, v);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The segment nearest to {@code position} within {@code tolerance}: the address of its first vertex and the
     * nearest point on it.
     */
    public Optional<SegmentHit> nearestSegment(Coordinate position, double tolerance) {
        SegmentHit best = null;
        double bestDistance = tolerance;
        for (int p = 0; p < paths.size(); p++) {
            Coordinate[] path = paths.get(p);
            for (int v = 0; v + 1 < path.length; v++) {
                Coordinate on = new org.locationtech.jts.geom.LineSegment(path[v], path[v + 1]).closestPoint(position);
                double d = on.distance(position);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = new SegmentHit(new VertexAddress(p, v), on);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The shape with the vertex at {@code address} placed at {@code position} (a ring stays closed). */
    public EditableShape moved(VertexAddress address, Coordinate position) {
        List<Coordinate[]> changed = paths();
        Coordinate[] path = changed.get(address.path());
        boolean ring = isRing(path);
        path[address.vertex()] = position.copy();
        if (ring && address.vertex() == 0) {
            path[path.length - 1] = position.copy();
        }
        return new EditableShape(template, changed);
    }

    /** The shape with a new vertex at {@code position} after the vertex {@code afterAddress} (on that segment). */
    public EditableShape inserted(VertexAddress afterAddress, Coordinate position) {
        List<Coordinate[]> changed = paths();
        Coordinate[] path = changed.get(afterAddress.path());
        Coordinate[] grown = new Coordinate[path.length + 1];
        System.arraycopy(path, 0, grown, 0, afterAddress.vertex() + 1);
        grown[afterAddress.vertex() + 1] = position.copy();
        System.arraycopy(path, afterAddress.vertex() + 1, grown, afterAddress.vertex() + 2,
                path.length - afterAddress.vertex() - 1);
        changed.set(afterAddress.path(), grown);
        return new EditableShape(template, changed);
    }

    /** Whether the path still has more than its minimum (ring 3 distinct vertices, line 2, point 1) to give. */
    public boolean canRemove(VertexAddress address) {
        Coordinate[] path = paths.get(address.path());
        int minimum = isRing(path) ? 4 : path.length == 1 ? 1 : 2;
        return path.length > minimum;
    }

    /** The shape without the vertex at {@code address}; check {@link #canRemove} first. */
    public EditableShape removed(VertexAddress address) {
        if (!canRemove(address)) {
            throw new IllegalArgumentException("vertex " + address + " is one of the path's minimum");
        }
        List<Coordinate[]> changed = paths();
        Coordinate[] path = changed.get(address.path());
        boolean ring = isRing(path);
        List<Coordinate> kept = new ArrayList<>(Arrays.asList(path));
        kept.remove(address.vertex());
        if (ring && address.vertex() == 0) {
            kept.set(kept.size() - 1, kept.get(0).copy());
        }
        changed.set(address.path(), kept.toArray(new Coordinate[0]));
        return new EditableShape(template, changed);
    }

    /** The geometry: same type and structure as the original, with this shape's vertices and the original SRID. */
    public Geometry toGeometry() {
        int[] next = {0};
        Geometry built = build(template, template.getFactory(), next);
        built.setSRID(template.getSRID());
        return built;
    }

    private Geometry build(Geometry part, GeometryFactory factory, int[] next) {
        if (part.isEmpty()) {
            return part.copy();
        }
        if (part instanceof Polygon polygon) {
            LinearRing shell = factory.createLinearRing(paths.get(next[0]++));
            LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = factory.createLinearRing(paths.get(next[0]++));
            }
            return factory.createPolygon(shell, holes);
        }
        if (part instanceof LinearRing) {
            return factory.createLinearRing(paths.get(next[0]++));
        }
        if (part instanceof LineString) {
            return factory.createLineString(paths.get(next[0]++));
        }
        if (part instanceof Point) {
            return factory.createPoint(paths.get(next[0]++)[0]);
        }
        Geometry[] members = new Geometry[part.getNumGeometries()];
        for (int i = 0; i < members.length; i++) {
            members[i] = build(part.getGeometryN(i), factory, next);
        }
        if (part instanceof MultiPolygon) {
            return factory.createMultiPolygon(Arrays.copyOf(members, members.length, Polygon[].class));
        }
        if (part instanceof MultiLineString) {
            return factory.createMultiLineString(Arrays.copyOf(members, members.length, LineString[].class));
        }
        if (part instanceof MultiPoint) {
            return factory.createMultiPoint(Arrays.copyOf(members, members.length, Point[].class));
        }
        return factory.createGeometryCollection(members);
    }

    private static boolean isRing(Coordinate[] path) {
        return path.length >= 4 && path[0].equals2D(path[path.length - 1]);
    }

    private static Coordinate[] copyOf(Coordinate[] path) {
        Coordinate[] copy = new Coordinate[path.length];
        for (int i = 0; i < path.length; i++) {
            copy[i] = path[i].copy();
        }
        return copy;
    }
}
