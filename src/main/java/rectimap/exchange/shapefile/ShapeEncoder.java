package rectimap.exchange.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Encodes a JTS geometry as the content of a .shp record (little-endian): Point, MultiPoint, PolyLine (each
 * LineString a part) or Polygon (each ring a part; outer rings clockwise and holes counter-clockwise as the
 * specification prescribes, whatever the input's orientation). Empty geometries become null shapes. Stateless.
 */
final class ShapeEncoder {
    private ShapeEncoder() {
    }

    /** The content bytes of a record of {@code type} (the layer's base type) for {@code geometry}. */
    static byte[] encode(ShapeType type, Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(ShapeType.NULL.code()).array();
        }
        return switch (type) {
            case POINT -> point((Point) geometry);
            case MULTIPOINT -> multi(type, List.of(geometry.getCoordinates()), geometry.getEnvelopeInternal());
            case POLYLINE -> parts(type, lines(geometry), geometry.getEnvelopeInternal());
            case POLYGON -> parts(type, rings(geometry), geometry.getEnvelopeInternal());
            default -> throw new IllegalArgumentException("cannot write " + type);
        };
    }

    private static byte[] point(Point point) {
        ByteBuffer out = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(ShapeType.POINT.code()).putDouble(point.getX()).putDouble(point.getY());
        return out.array();
    }

    private static byte[] multi(ShapeType type, List<Coordinate> points, Envelope box) {
        ByteBuffer out = ByteBuffer.allocate(40 + 16 * points.size()).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(type.code());
        box(out, box);
        out.putInt(points.size());
        points.forEach(c -> out.putDouble(c.x).putDouble(c.y));
        return out.array();
    }

    private static byte[] parts(ShapeType type, List<Coordinate[]> parts, Envelope box) {
        int points = parts.stream().mapToInt(p -> p.length).sum();
        ByteBuffer out = ByteBuffer.allocate(44 + 4 * parts.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(type.code());
        box(out, box);
        out.putInt(parts.size()).putInt(points);
        int start = 0;
        for (Coordinate[] part : parts) {
            out.putInt(start);
            start += part.length;
        }
        for (Coordinate[] part : parts) {
            for (Coordinate c : part) {
                out.putDouble(c.x).putDouble(c.y);
            }
        }
        return out.array();
    }

    private static void box(ByteBuffer out, Envelope box) {
        out.putDouble(box.getMinX()).putDouble(box.getMinY()).putDouble(box.getMaxX()).putDouble(box.getMaxY());
    }

    private static List<Coordinate[]> lines(Geometry geometry) {
        List<Coordinate[]> parts = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            LineString line = (LineString) geometry.getGeometryN(i);
            if (!line.isEmpty()) {
                parts.add(line.getCoordinates());
            }
        }
        return parts;
    }

    private static List<Coordinate[]> rings(Geometry geometry) {
        List<Coordinate[]> parts = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            if (polygon.isEmpty()) {
                continue;
            }
            parts.add(oriented(polygon.getExteriorRing().getCoordinates(), false));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                parts.add(oriented(polygon.getInteriorRingN(h).getCoordinates(), true));
            }
        }
        return parts;
    }

    /** The ring counter-clockwise when {@code ccw}, else clockwise (a copy when reversed). */
    private static Coordinate[] oriented(Coordinate[] ring, boolean ccw) {
        if (Orientation.isCCW(ring) == ccw) {
            return ring;
        }
        Coordinate[] reversed = ring.clone();
        java.util.Collections.reverse(java.util.Arrays.asList(reversed));
        return reversed;
    }
}
