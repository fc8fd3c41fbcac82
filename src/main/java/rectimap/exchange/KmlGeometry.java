package rectimap.exchange;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The geometry of a KML Placemark as JTS (lon, lat; altitude ignored), as GDAL reads it: Point, LineString,
 * LinearRing, Polygon with outer and inner boundaries, {@code gx:Track} (its {@code gx:coord}s as a line; one
 * position a point) and {@code gx:MultiTrack}, MultiGeometry (as a Multi… when its parts are alike, else a
 * collection). A placemark without geometry gives null; an empty {@code <coordinates/>} an empty geometry (the
 * record has no geometry: left out and counted); unreadable coordinates an {@link IllegalArgumentException}.
 */
final class KmlGeometry {
    private final GeometryFactory factory = new GeometryFactory();

    Geometry of(Element placemark) {
        for (Node child = placemark.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                Geometry geometry = geometry(element);
                if (geometry != null) {
                    return geometry;
                }
            }
        }
        return null;
    }

    private Geometry geometry(Element element) {
        String name = element.getLocalName();
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "Point" -> factory.createPoint(single(coordinates(element)));
            case "LineString", "LinearRing" -> line(coordinates(element));
            case "Polygon" -> polygon(element);
            case "MultiGeometry", "MultiTrack" -> multi(element);
            case "Track" -> track(element);
            default -> null;
        };
    }

    private Geometry multi(Element element) {
        List<Geometry> parts = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element part) {
                Geometry geometry = geometry(part);
                if (geometry != null) {
                    parts.add(geometry);
                }
            }
        }
        return factory.buildGeometry(parts);
    }

    /** A gx:Track's positions ("lon lat alt" per gx:coord) as a line, one position as a point. */
    private Geometry track(Element element) {
        List<Element> coords = KmlSource.descendants(element, "coord");
        Coordinate[] points = new Coordinate[coords.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = position(coords.get(i).getTextContent().trim().split("\\s+"));
        }
        return points.length == 1 ? factory.createPoint(points[0]) : line(points);
    }

    private Geometry polygon(Element element) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element boundary && boundary.getLocalName() != null) {
                if (boundary.getLocalName().equals("outerBoundaryIs")) {
                    shell = ring(boundary);
                } else if (boundary.getLocalName().equals("innerBoundaryIs")) {
                    holes.add(ring(boundary));
                }
            }
        }
        if (shell == null) {
            throw new IllegalArgumentException("a Polygon without outerBoundaryIs");
        }
        return factory.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private LinearRing ring(Element boundary) {
        Coordinate[] points = coordinates(boundary);
        if (points.length < 4 || !points[0].equals2D(points[points.length - 1])) {
            throw new IllegalArgumentException("a polygon ring needs at least 4 positions and must be closed");
        }
        return factory.createLinearRing(points);
    }

    private Geometry line(Coordinate[] points) {
        if (points.length == 0) {
            return factory.createLineString();
        }
        if (points.length < 2) {
            throw new IllegalArgumentException("a LineString needs at least 2 positions");
        }
        return factory.createLineString(points);
    }

    private static Coordinate single(Coordinate[] points) {
        if (points.length == 0) {
            return null;
        }
        if (points.length != 1) {
            throw new IllegalArgumentException("a Point needs one position, has " + points.length);
        }
        return points[0];
    }

    private static Coordinate[] coordinates(Element element) {
        List<Element> found = KmlSource.descendants(element, "coordinates");
        if (found.isEmpty()) {
            throw new IllegalArgumentException("<" + element.getLocalName() + "> without <coordinates>");
        }
        String text = found.get(0).getTextContent().trim();
        if (text.isEmpty()) {
            return new Coordinate[0];
        }
        String[] tuples = text.split("\\s+");
        Coordinate[] points = new Coordinate[tuples.length];
        for (int i = 0; i < tuples.length; i++) {
            points[i] = position(tuples[i].split(","));
        }
        return points;
    }

    /** lon and lat (altitude ignored) of one position's parts. */
    private static Coordinate position(String[] parts) {
        try {
            double lon = Double.parseDouble(parts[0]);
            double lat = Double.parseDouble(parts[1]);
            if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
                throw new NumberFormatException("not finite");
            }
            return new Coordinate(lon, lat);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("unreadable coordinates '" + String.join(",", parts) + "'");
        }
    }
}
