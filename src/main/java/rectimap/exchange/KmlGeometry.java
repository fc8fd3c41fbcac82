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
 * The geometry of a KML Placemark as JTS (lon, lat; altitude ignored): Point, LineString, LinearRing, Polygon with
 * outer and inner boundaries, MultiGeometry (as a Multi… when its parts are alike, else a collection). A placemark
 * without geometry gives null; unreadable coordinates an {@link IllegalArgumentException} with the reason.
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
            case "LineString" -> line(coordinates(element));
            case "LinearRing" -> line(coordinates(element));
            case "Polygon" -> polygon(element);
            case "MultiGeometry" -> multi(element);
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
        if (points.length < 2) {
            throw new IllegalArgumentException("a LineString needs at least 2 positions");
        }
        return factory.createLineString(points);
    }

    private static Coordinate single(Coordinate[] points) {
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
            String[] parts = tuples[i].split(",");
            try {
                double lon = Double.parseDouble(parts[0]);
                double lat = Double.parseDouble(parts[1]);
                if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
                    throw new NumberFormatException("not finite");
                }
                points[i] = new Coordinate(lon, lat);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("unreadable coordinates '" + tuples[i] + "'");
            }
        }
        return points;
    }
}
