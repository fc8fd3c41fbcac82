package rectimap.exchange.shapefile;

import java.nio.ByteBuffer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import rectimap.exchange.ExchangeProblem;

/**
 * Decodes the content of one .shp record (little-endian, after the 8-byte record header) into a 2D JTS geometry:
 * Point, MultiPoint, LineString or MultiLineString, Polygon or MultiPolygon ({@link PolygonRings}). Every count
 * and offset is checked against the content length before it is used, so a corrupt record is a
 * {@link RecordDefect}, never an exception from the buffer. Stateless apart from the factory; one thread.
 */
final class ShapeDecoder {
    private final GeometryFactory factory;
    private final ShapeType layerType;

    /** @param layerType the header's type; records of another base type are a mixed-geometry defect */
    ShapeDecoder(GeometryFactory factory, ShapeType layerType) {
        this.factory = factory;
        this.layerType = layerType.base();
    }

    /** The geometry of the record, or null for a null shape. */
    Geometry decode(ByteBuffer content) throws RecordDefect {
        if (content.limit() < 4) {
            throw new RecordDefect(ExchangeProblem.CORRUPT_RECORD, "record content is " + content.limit()
                    + " bytes, shorter than its shape type");
        }
        int code = content.getInt(0);
        ShapeType type = ShapeType.ofCode(code).orElseThrow(() -> new RecordDefect(ExchangeProblem.CORRUPT_RECORD,
                "unknown shape type " + code));
        if (type == ShapeType.NULL) {
            return null;
        }
        if (type.base() != layerType) {
            throw new RecordDefect(ExchangeProblem.MIXED_GEOMETRY, "a " + type + " record in a " + layerType
                    + " file");
        }
        return switch (type.base()) {
            case POINT -> point(content);
            case MULTIPOINT -> multiPoint(content);
            case POLYLINE -> polyline(content);
            case POLYGON -> polygon(content);
            default -> throw new RecordDefect(ExchangeProblem.UNSUPPORTED_GEOMETRY, type + " is not read");
        };
    }

    private Point point(ByteBuffer content) throws RecordDefect {
        need(content, 20, "a point");
        return factory.createPoint(coordinate(content, 4));
    }

    private Geometry multiPoint(ByteBuffer content) throws RecordDefect {
        need(content, 40, "a multipoint header");
        int count = count(content, 36, "points");
        need(content, 40 + 16L * count, count + " points");
        Point[] points = new Point[count];
        for (int i = 0; i < count; i++) {
            points[i] = factory.createPoint(coordinate(content, 40 + 16 * i));
        }
        return factory.createMultiPoint(points);
    }

    private Geometry polyline(ByteBuffer content) throws RecordDefect {
        Coordinate[][] parts = parts(content, 2);
        if (parts.length == 0) {
            return null;
        }
        LineString[] lines = new LineString[parts.length];
        for (int i = 0; i < parts.length; i++) {
            lines[i] = factory.createLineString(parts[i]);
        }
        return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
    }

    private Geometry polygon(ByteBuffer content) throws RecordDefect {
        Coordinate[][] rings = parts(content, 3);
        return rings.length == 0 ? null : PolygonRings.assemble(rings, factory);
    }

    /**
     * The parts of a polyline or polygon record: box (32 bytes), numParts, numPoints, part starts, points. Rings
     * ({@code minPoints} 3) that do not repeat their first point are closed; a line of fewer than 2 points or a
     * ring of fewer than 4 (closed) is a defect.
     */
    private Coordinate[][] parts(ByteBuffer content, int minPoints) throws RecordDefect {
        need(content, 44, "a part header");
        int partCount = count(content, 36, "parts");
        int pointCount = count(content, 40, "points");
        long pointsAt = 44L + 4L * partCount;
        need(content, pointsAt + 16L * pointCount, partCount + " parts and " + pointCount + " points");
        if (partCount == 0 || pointCount == 0) {
            return new Coordinate[0][];
        }
        Coordinate[][] parts = new Coordinate[partCount][];
        for (int p = 0; p < partCount; p++) {
            int start = content.getInt(44 + 4 * p);
            int end = p + 1 < partCount ? content.getInt(44 + 4 * (p + 1)) : pointCount;
            if (start < 0 || end > pointCount || start >= end) {
                throw new RecordDefect(ExchangeProblem.CORRUPT_RECORD, "part " + (p + 1) + " spans points " + start
                        + ".." + end + " of " + pointCount);
            }
            parts[p] = partCoordinates(content, (int) pointsAt, start, end, minPoints == 3);
            if (parts[p].length < (minPoints == 3 ? 4 : 2)) {
                throw new RecordDefect(ExchangeProblem.BAD_GEOMETRY, (minPoints == 3 ? "ring " : "line ") + (p + 1)
                        + " has only " + (end - start) + " points");
            }
        }
        return parts;
    }

    private Coordinate[] partCoordinates(ByteBuffer content, int pointsAt, int start, int end, boolean ring)
            throws RecordDefect {
        int n = end - start;
        boolean close = ring && (content.getDouble(pointsAt + 16 * start) != content.getDouble(pointsAt + 16 * (end - 1))
                || content.getDouble(pointsAt + 16 * start + 8) != content.getDouble(pointsAt + 16 * (end - 1) + 8));
        Coordinate[] coordinates = new Coordinate[close ? n + 1 : n];
        for (int i = 0; i < n; i++) {
            coordinates[i] = coordinate(content, pointsAt + 16 * (start + i));
        }
        if (close) {
            coordinates[n] = coordinates[0].copy();
        }
        return coordinates;
    }

    private static Coordinate coordinate(ByteBuffer content, int at) throws RecordDefect {
        double x = content.getDouble(at);
        double y = content.getDouble(at + 8);
        if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > 1e12 || Math.abs(y) > 1e12) {
            throw new RecordDefect(ExchangeProblem.CORRUPT_RECORD, "coordinate (" + x + ", " + y + ") is not a"
                    + " position");
        }
        return new Coordinate(x, y);
    }

    private static int count(ByteBuffer content, int at, String what) throws RecordDefect {
        int count = content.getInt(at);
        if (count < 0) {
            throw new RecordDefect(ExchangeProblem.CORRUPT_RECORD, "negative number of " + what + ": " + count);
        }
        return count;
    }

    private static void need(ByteBuffer content, long bytes, String what) throws RecordDefect {
        if (content.limit() < bytes) {
            throw new RecordDefect(ExchangeProblem.CORRUPT_RECORD, "record content of " + content.limit()
                    + " bytes is too short for " + what + " (" + bytes + " bytes)");
        }
    }
}
