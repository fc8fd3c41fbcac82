package rectimap.geo;

import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Whether a geometry may be stored (OGC-valid, not empty) and, if not, where the problem is and a repair. Works in
 * any planar coordinates (lon/lat degrees or display metres): validity does not depend on the CRS. Stateless and
 * safe from any thread.
 */
public final class GeometryCheck {
    private GeometryCheck() {
    }

    /** The first problem found, or empty when {@code geometry} is valid and not empty. */
    public static Optional<GeometryProblem> problem(Geometry geometry) {
        if (geometry.isEmpty()) {
            return Optional.of(new GeometryProblem(GeometryProblemKind.EMPTY, null));
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return Optional.empty();
        }
        Coordinate at = error.getCoordinate() != null ? error.getCoordinate() : geometry.getCoordinate();
        return Optional.of(new GeometryProblem(kindOf(error.getErrorType()), at));
    }

    public static boolean isValid(Geometry geometry) {
        return problem(geometry).isEmpty();
    }

    /**
     * A valid geometry as close as possible to {@code geometry} (JTS {@link GeometryFixer}: a bowtie becomes two
     * triangles, collapsed parts are dropped, so the result may be empty when nothing areal or lineal remains).
     * A valid input is returned unchanged.
     */
    public static Geometry repaired(Geometry geometry) {
        if (isValid(geometry)) {
            return geometry;
        }
        return GeometryFixer.fix(geometry);
    }

    private static GeometryProblemKind kindOf(int jtsErrorType) {
        return switch (jtsErrorType) {
            case TopologyValidationError.SELF_INTERSECTION -> GeometryProblemKind.SELF_INTERSECTION;
            case TopologyValidationError.RING_SELF_INTERSECTION -> GeometryProblemKind.RING_SELF_INTERSECTION;
            case TopologyValidationError.TOO_FEW_POINTS -> GeometryProblemKind.TOO_FEW_VERTICES;
            case TopologyValidationError.RING_NOT_CLOSED -> GeometryProblemKind.RING_NOT_CLOSED;
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> GeometryProblemKind.HOLE_OUTSIDE_SHELL;
            case TopologyValidationError.NESTED_HOLES -> GeometryProblemKind.NESTED_HOLES;
            case TopologyValidationError.DISCONNECTED_INTERIOR -> GeometryProblemKind.DISCONNECTED_INTERIOR;
            case TopologyValidationError.NESTED_SHELLS -> GeometryProblemKind.NESTED_SHELLS;
            case TopologyValidationError.DUPLICATE_RINGS -> GeometryProblemKind.DUPLICATE_RINGS;
            case TopologyValidationError.INVALID_COORDINATE -> GeometryProblemKind.INVALID_COORDINATE;
            // JTS 1.20 reports collapsed rings and line self-touching as self-intersections.
            default -> GeometryProblemKind.SELF_INTERSECTION;
        };
    }
}
