package rectimap.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Splits a polygon or multipolygon by a drawn line into parts (like QGIS "split features"): the boundary and the
 * line are noded together and polygonised; the faces inside the original are the parts, holes stay holes. Works in
 * any planar coordinates. Stateless and safe from any thread.
 */
public final class PolygonSplit {
    private PolygonSplit() {
    }

    /**
     * The parts of {@code polygonal} cut by {@code line}, at least two, largest first (planar area); empty when the
     * line does not cross the polygon from one side to the other (it misses it, or stops inside). A multipolygon's
     * parts that the line does not touch are returned as parts of their own.
     *
     * @throws IllegalArgumentException when {@code polygonal} is not a Polygon or MultiPolygon
     */
    public static List<Polygon> split(Geometry polygonal, LineString line) {
        if (!(polygonal instanceof Polygonal)) {
            throw new IllegalArgumentException("only polygons are split, not " + polygonal.getGeometryType());
        }
        if (!line.intersects(polygonal)) {
            return List.of();
        }
        Geometry noded = polygonal.getBoundary().union(line);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();
        PreparedGeometry original = PreparedGeometryFactory.prepare(polygonal);
        List<Polygon> parts = new ArrayList<>();
        for (Polygon face : faces) {
            // a face is a hole of the original when its interior point lies outside it
            if (original.contains(face.getInteriorPoint())) {
                parts.add(face);
            }
        }
        if (parts.size() < 2 || parts.size() == polygonal.getNumGeometries()) {
            return List.of();
        }
        parts.sort((a, b) -> Double.compare(b.getArea(), a.getArea()));
        return List.copyOf(parts);
    }
}
