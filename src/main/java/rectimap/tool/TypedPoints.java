package rectimap.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.geo.Epsg;

/**
 * Corner points read by {@link TypedCoordinates}: how they were read ({@link #crs()}, to tell the user), each point in
 * EPSG:4490 lon/lat and in display metres (EPSG:4546). The list given in a CRS is kept exactly; the other is
 * transformed. A repeated closing point is dropped. Immutable.
 */
public record TypedPoints(TypedCrs crs, List<Coordinate> lonLat, List<DisplayPoint> display) {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    public TypedPoints {
        Objects.requireNonNull(crs, "crs");
        lonLat = lonLat.stream().map(Coordinate::copy).toList();
        display = List.copyOf(display);
    }

    /** The line through the points, in EPSG:4490 (SRID 4490). */
    public Geometry lineLonLat() {
        Geometry line = FACTORY.createLineString(lonLat.toArray(new Coordinate[0]));
        line.setSRID(Epsg.CGCS2000);
        return line;
    }

    /** The closed polygon through the points, in EPSG:4490 (SRID 4490). */
    public Geometry polygonLonLat() {
        List<Coordinate> ring = new ArrayList<>(lonLat);
        ring.add(lonLat.get(0).copy());
        Geometry polygon = FACTORY.createPolygon(ring.toArray(new Coordinate[0]));
        polygon.setSRID(Epsg.CGCS2000);
        return polygon;
    }

    /** The line in display metres. */
    public Geometry lineDisplay() {
        return FACTORY.createLineString(VertexDrawingTool.coordinates(display, false));
    }

    /** The closed polygon in display metres. */
    public Geometry polygonDisplay() {
        return FACTORY.createPolygon(VertexDrawingTool.coordinates(display, true));
    }
}
