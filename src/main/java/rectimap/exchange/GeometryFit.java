package rectimap.exchange;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import rectimap.model.GeometryKind;

/**
 * A geometry as a layer of a given kind stores it: polygons as MULTIPOLYGON in multi and mixed layers (a repair
 * may turn one polygon into several), lines likewise, points as POINT; null when the layer cannot hold it.
 */
final class GeometryFit {
    private GeometryFit() {
    }

    /** The kind a new layer gets for a source of {@code kind}: areas and lines as multi, points as they are. */
    static GeometryKind newLayerKind(GeometryKind kind) {
        return switch (kind) {
            case POLYGON, MULTIPOLYGON -> GeometryKind.MULTIPOLYGON;
            case LINESTRING, MULTILINESTRING -> GeometryKind.MULTILINESTRING;
            default -> kind;
        };
    }

    static Geometry fit(GeometryKind kind, Geometry geometry) {
        GeometryFactory factory = geometry.getFactory();
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            parts.add(geometry.getGeometryN(i));
        }
        boolean polygons = parts.stream().allMatch(p -> p instanceof Polygon);
        boolean lines = parts.stream().allMatch(p -> p instanceof LineString);
        boolean points = parts.stream().allMatch(p -> p instanceof Point);
        return switch (kind) {
            case POINT -> points && parts.size() == 1 ? parts.get(0) : null;
            case MULTIPOINT -> points ? factory.createMultiPoint(parts.toArray(Point[]::new)) : null;
            case LINESTRING -> lines && parts.size() == 1 ? parts.get(0) : null;
            case MULTILINESTRING -> lines ? factory.createMultiLineString(parts.toArray(LineString[]::new)) : null;
            case POLYGON -> polygons && parts.size() == 1 ? parts.get(0) : null;
            case MULTIPOLYGON -> polygons ? factory.createMultiPolygon(parts.toArray(Polygon[]::new)) : null;
            case GEOMETRY -> polygons ? factory.createMultiPolygon(parts.toArray(Polygon[]::new))
                    : lines ? factory.createMultiLineString(parts.toArray(LineString[]::new))
                    : points && parts.size() == 1 ? parts.get(0) : null;
        };
    }
}
