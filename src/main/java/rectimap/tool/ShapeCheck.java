package rectimap.tool;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Refuses a geometry a tool is about to hand over when it is not valid (self-intersecting ring, ring self-touching,
 * too few points), naming the problem in Chinese and where it is. Works on display metres. Until the edit package's
 * {@code geo.GeometryCheck} lands this uses JTS {@link IsValidOp} directly.
 */
public final class ShapeCheck {
    private ShapeCheck() {
    }

    /** The problem with {@code display}, or empty when it may be stored. */
    public static Optional<ToolProblem> problemWith(Geometry display) {
        IsValidOp op = new IsValidOp(display);
        TopologyValidationError error = op.getValidationError();
        if (error == null) {
            return Optional.empty();
        }
        DisplayPoint where = error.getCoordinate() == null ? null : DisplayPoint.of(error.getCoordinate());
        return Optional.of(new ToolProblem(messageFor(error.getErrorType()), where));
    }

    private static String messageFor(int errorType) {
        return switch (errorType) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                    "边界自相交，无法保存：请移动或删除交叉处的顶点";
            case TopologyValidationError.TOO_FEW_POINTS -> "顶点太少，无法成形";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL, TopologyValidationError.NESTED_HOLES,
                    TopologyValidationError.DISCONNECTED_INTERIOR -> "洞与外边界位置不合法";
            case TopologyValidationError.NESTED_SHELLS -> "多个面互相嵌套";
            case TopologyValidationError.INVALID_COORDINATE -> "坐标无效";
            default -> "几何图形无效";
        };
    }
}
