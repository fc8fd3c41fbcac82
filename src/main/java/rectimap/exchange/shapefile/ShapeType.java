package rectimap.exchange.shapefile;

import java.util.Optional;
import rectimap.model.GeometryKind;

/**
 * The shape types of the Shapefile specification. Z and M variants are read as their 2D base type (the third and
 * fourth ordinates are dropped); MultiPatch is not read.
 */
enum ShapeType {
    NULL(0), POINT(1), POLYLINE(3), POLYGON(5), MULTIPOINT(8),
    POINT_Z(11), POLYLINE_Z(13), POLYGON_Z(15), MULTIPOINT_Z(18),
    POINT_M(21), POLYLINE_M(23), POLYGON_M(25), MULTIPOINT_M(28),
    MULTIPATCH(31);

    private final int code;

    ShapeType(int code) {
        this.code = code;
    }

    /** The number written in headers and records. */
    int code() {
        return code;
    }

    static Optional<ShapeType> ofCode(int code) {
        for (ShapeType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The 2D type this one is read as (POINT_Z → POINT); NULL and MULTIPATCH are their own base. */
    ShapeType base() {
        return switch (this) {
            case POINT_Z, POINT_M -> POINT;
            case POLYLINE_Z, POLYLINE_M -> POLYLINE;
            case POLYGON_Z, POLYGON_M -> POLYGON;
            case MULTIPOINT_Z, MULTIPOINT_M -> MULTIPOINT;
            default -> this;
        };
    }

    /**
     * The layer kind records of this type are read into: polygons and polylines as the multi kind, since a record
     * may hold several parts (a one-part record is still read as a Polygon or LineString).
     */
    GeometryKind kind() {
        return switch (base()) {
            case POINT -> GeometryKind.POINT;
            case MULTIPOINT -> GeometryKind.MULTIPOINT;
            case POLYLINE -> GeometryKind.MULTILINESTRING;
            case POLYGON -> GeometryKind.MULTIPOLYGON;
            default -> GeometryKind.GEOMETRY;
        };
    }
}
