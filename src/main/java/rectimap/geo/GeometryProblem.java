package rectimap.geo;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where and why a geometry is invalid: the location (in the geometry's own CRS, e.g. lon/lat degrees for stored
 * features; null only for an empty geometry) and the kind of problem.
 */
public record GeometryProblem(GeometryProblemKind kind, Coordinate location) {
    public GeometryProblem {
        Objects.requireNonNull(kind, "kind");
        location = location == null ? null : location.copy();
    }

    /** E.g. "边界自相交 (111.0000000, 35.0000000)". */
    public String describeZh() {
        return kind.reasonZh() + where();
    }

    /** E.g. "the boundary crosses itself at (111.0000000, 35.0000000)". */
    public String describeEn() {
        return kind.reasonEn() + (location == null ? "" : " at" + where());
    }

    private String where() {
        return location == null ? "" : String.format(java.util.Locale.ROOT, " (%.7f, %.7f)", location.x, location.y);
    }
}
