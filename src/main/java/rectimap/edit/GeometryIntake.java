package rectimap.edit;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import rectimap.geo.GeometryCheck;
import rectimap.geo.GeometryProblem;
import rectimap.model.GeometryKind;
import rectimap.model.LayerInfo;

/**
 * The gate every geometry passes before it is stored: invalid geometry is refused with where the problem is and a
 * repair; a valid one is fitted to the layer's kind. A GEOMETRY layer stores polygons as MULTIPOLYGON and lines as
 * MULTILINESTRING (points stay POINT), so a feature's type does not change when it is split or merged.
 */
final class GeometryIntake {
    private GeometryIntake() {
    }

    /** {@code lonLat} fitted to {@code layer}; refused when invalid or of a type the layer cannot hold. */
    static Geometry accept(LayerInfo layer, Geometry lonLat) throws CommandRefused {
        GeometryProblem problem = GeometryCheck.problem(lonLat).orElse(null);
        if (problem != null) {
            Geometry repaired = GeometryCheck.repaired(lonLat);
            Geometry fittedRepair = repaired.isEmpty() ? null : fitOrNull(layer.type().geometryKind(), repaired);
            throw CommandRefused.invalidGeometry("几何无效，不能保存：" + problem.describeZh(),
                    "invalid geometry, not stored: " + problem.describeEn(), problem.location(), fittedRepair);
        }
        Geometry fitted = fitOrNull(layer.type().geometryKind(), lonLat);
        if (fitted == null) {
            throw CommandRefused.of(RefusalReason.WRONG_GEOMETRY_TYPE,
                    layer.title() + " 不能保存 " + lonLat.getGeometryType() + " 类型的几何",
                    layer.title() + " cannot hold a " + lonLat.getGeometryType());
        }
        if (fitted.getSRID() != layer.srid()) {
            // a copy: the caller's geometry may belong to a stored feature, which must not change under its holder
            fitted = fitted.copy();
            fitted.setSRID(layer.srid());
        }
        return fitted;
    }

    /** The geometry as the layer stores it, or null when the layer cannot hold it. */
    private static Geometry fitOrNull(GeometryKind kind, Geometry geometry) {
        GeometryFactory factory = geometry.getFactory();
        return switch (kind) {
            case POINT -> geometry instanceof Point ? geometry
                    : geometry instanceof MultiPoint m && m.getNumGeometries() == 1 ? m.getGeometryN(0) : null;
            case MULTIPOINT -> geometry instanceof MultiPoint ? geometry
                    : geometry instanceof Point p ? factory.createMultiPoint(new Point[] {p}) : null;
            case LINESTRING -> geometry instanceof LineString ? geometry
                    : geometry instanceof MultiLineString m && m.getNumGeometries() == 1 ? m.getGeometryN(0) : null;
            case MULTILINESTRING -> multiLine(geometry, factory);
            case POLYGON -> geometry instanceof Polygon ? geometry
                    : geometry instanceof MultiPolygon m && m.getNumGeometries() == 1 ? m.getGeometryN(0) : null;
            case MULTIPOLYGON -> multiPolygon(geometry, factory);
            case GEOMETRY -> geometry instanceof Polygon || geometry instanceof MultiPolygon
                    ? multiPolygon(geometry, factory)
                    : geometry instanceof LineString ? multiLine(geometry, factory) : geometry;
        };
    }

    private static Geometry multiPolygon(Geometry geometry, GeometryFactory factory) {
        if (geometry instanceof MultiPolygon) {
            return geometry;
        }
        return geometry instanceof Polygon p ? factory.createMultiPolygon(new Polygon[] {p}) : null;
    }

    private static Geometry multiLine(Geometry geometry, GeometryFactory factory) {
        if (geometry instanceof MultiLineString) {
            return geometry;
        }
        return geometry instanceof LineString l ? factory.createMultiLineString(new LineString[] {l}) : null;
    }
}
