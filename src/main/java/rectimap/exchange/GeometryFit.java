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
 * A geometry as a layer of a given kind stores it, as GDAL's {@code ogr2ogr -f GPKG} does: polygons as MULTIPOLYGON
 * in a multi layer (a repair may turn one polygon into several; a GeometryCollection of polygons becomes the
 * MULTIPOLYGON {@code -nlt MULTIPOLYGON} makes), lines likewise, points as POINT; a GEOMETRY layer keeps every
 * geometry as it is, a GeometryCollection too. Null when the layer cannot hold it (a collection mixing kinds in a
 * layer of one kind).
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
        addAtoms(geometry, parts);
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
            case GEOMETRY -> geometry;
        };
    }

    /** The polygons, lines and points of {@code geometry}, collections nested in it unpacked. */
    private static void addAtoms(Geometry geometry, List<Geometry> atoms) {
        if (geometry instanceof org.locationtech.jts.geom.GeometryCollection) {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                addAtoms(geometry.getGeometryN(i), atoms);
            }
        } else {
            atoms.add(geometry);
        }
    }
}
