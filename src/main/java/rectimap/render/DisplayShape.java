package rectimap.render;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A geometry in display coordinates (EPSG:4546 metres) packed into flat arrays, so a frame walks primitive doubles
 * instead of JTS coordinate objects (≈2.5× less memory, no pointer chasing). {@code xy} interleaves x and y;
 * {@code partEnds[i]} is the vertex index (exclusive) where part i ends. Parts are polygon rings (closed, first vertex
 * repeated), line strings or single points. Immutable by convention: nobody writes into the arrays after creation.
 */
final class DisplayShape {

    final double[] xy;
    final int[] partEnds;

    DisplayShape(double[] xy, int[] partEnds) {
        this.xy = xy;
        this.partEnds = partEnds;
    }

    /** Packs every ring, line and point of {@code geometry} (any JTS type, collections flattened). */
    static DisplayShape of(Geometry geometry) {
        int vertices = geometry.getNumPoints();
        int parts = countParts(geometry);
        DisplayShape shape = new DisplayShape(new double[vertices * 2], new int[parts]);
        int[] cursor = {0, 0};
        shape.pack(geometry, cursor);
        return shape;
    }

    int partCount() {
        return partEnds.length;
    }

    int vertexCount() {
        return partEnds.length == 0 ? 0 : partEnds[partEnds.length - 1];
    }

    /** The bounding box of every vertex; a null envelope for an empty shape. */
    Envelope envelope() {
        Envelope envelope = new Envelope();
        int vertices = vertexCount();
        if (vertices == 0) {
            return envelope;
        }
        double minX = xy[0];
        double maxX = minX;
        double minY = xy[1];
        double maxY = minY;
        for (int v = 1; v < vertices; v++) {
            double x = xy[v * 2];
            double y = xy[v * 2 + 1];
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        envelope.init(minX, maxX, minY, maxY);
        return envelope;
    }

    int partStart(int part) {
        return part == 0 ? 0 : partEnds[part - 1];
    }

    private static int countParts(Geometry geometry) {
        if (geometry instanceof Polygon polygon) {
            return polygon.isEmpty() ? 0 : 1 + polygon.getNumInteriorRing();
        }
        if (geometry instanceof LineString || geometry instanceof Point) {
            return geometry.isEmpty() ? 0 : 1;
        }
        int parts = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            parts += countParts(geometry.getGeometryN(i));
        }
        return parts;
    }

    private void pack(Geometry geometry, int[] cursor) {
        if (geometry.isEmpty()) {
            return;
        }
        if (geometry instanceof Polygon polygon) {
            packPart(polygon.getExteriorRing().getCoordinates(), cursor);
            for (int r = 0; r < polygon.getNumInteriorRing(); r++) {
                packPart(polygon.getInteriorRingN(r).getCoordinates(), cursor);
            }
        } else if (geometry instanceof LineString || geometry instanceof Point) {
            packPart(geometry.getCoordinates(), cursor);
        } else {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                pack(geometry.getGeometryN(i), cursor);
            }
        }
    }

    private void packPart(Coordinate[] coordinates, int[] cursor) {
        int vertex = cursor[0];
        for (Coordinate c : coordinates) {
            xy[vertex * 2] = c.x;
            xy[vertex * 2 + 1] = c.y;
            vertex++;
        }
        cursor[0] = vertex;
        partEnds[cursor[1]++] = vertex;
    }
}
