package rectimap.exchange;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A GeoJSON geometry object (as parsed by {@link JsonSyntax}) as a JTS geometry, coordinates as they are (x, y;
 * a third value ignored). Structural faults (missing coordinates, a ring of fewer than 4 positions, an unclosed
 * ring) are {@link IllegalArgumentException}s with a reason; topological faults are left to the import's check.
 */
final class GeoJsonGeometry {
    private final GeometryFactory factory = new GeometryFactory();

    /** The geometry of a {@code "geometry"} member, null for JSON null. */
    Geometry read(Object json) {
        if (json == null) {
            return null;
        }
        Map<?, ?> object = asObject(json, "geometry");
        Object type = object.get("type");
        if ("GeometryCollection".equals(type)) {
            List<?> parts = asList(object.get("geometries"), "geometries");
            return factory.createGeometryCollection(parts.stream().map(this::read).toArray(Geometry[]::new));
        }
        Object coordinates = object.get("coordinates");
        if (!(type instanceof String name)) {
            throw new IllegalArgumentException("geometry without a type");
        }
        return switch (name) {
            case "Point" -> point(coordinates);
            case "MultiPoint" -> factory.createMultiPoint(asList(coordinates, name).stream().map(this::point)
                    .toArray(Point[]::new));
            case "LineString" -> line(coordinates);
            case "MultiLineString" -> factory.createMultiLineString(asList(coordinates, name).stream()
                    .map(this::line).toArray(LineString[]::new));
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> factory.createMultiPolygon(asList(coordinates, name).stream()
                    .map(this::polygon).toArray(Polygon[]::new));
            default -> throw new IllegalArgumentException("unknown geometry type " + name);
        };
    }

    private Point point(Object json) {
        return factory.createPoint(position(json));
    }

    private LineString line(Object json) {
        Coordinate[] positions = positions(json);
        if (positions.length < 2) {
            throw new IllegalArgumentException("a LineString needs at least 2 positions");
        }
        return factory.createLineString(positions);
    }

    private Polygon polygon(Object json) {
        List<?> rings = asList(json, "Polygon");
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = rings.subList(1, rings.size()).stream().map(this::ring).toArray(LinearRing[]::new);
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(Object json) {
        Coordinate[] positions = positions(json);
        if (positions.length < 4) {
            throw new IllegalArgumentException("a polygon ring needs at least 4 positions, has " + positions.length);
        }
        if (!positions[0].equals2D(positions[positions.length - 1])) {
            throw new IllegalArgumentException("a polygon ring is not closed");
        }
        return factory.createLinearRing(positions);
    }

    private Coordinate[] positions(Object json) {
        return asList(json, "coordinates").stream().map(GeoJsonGeometry::position).toArray(Coordinate[]::new);
    }

    private static Coordinate position(Object json) {
        List<?> values = asList(json, "position");
        if (values.size() < 2 || !(values.get(0) instanceof Number x) || !(values.get(1) instanceof Number y)) {
            throw new IllegalArgumentException("a position needs two numbers");
        }
        double xd = x.doubleValue();
        double yd = y.doubleValue();
        if (!Double.isFinite(xd) || !Double.isFinite(yd)) {
            throw new IllegalArgumentException("a position is not finite");
        }
        return new Coordinate(xd, yd);
    }

    private static Map<?, ?> asObject(Object json, String what) {
        if (json instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(what + " is not an object");
    }

    private static List<?> asList(Object json, String what) {
        if (json instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException(what + " is not an array");
    }
}
