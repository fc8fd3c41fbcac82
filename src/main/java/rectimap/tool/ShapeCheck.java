package rectimap.tool;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.GeometryCheck;
import rectimap.geo.GeometryProblem;

/**
 * Refuses a geometry a tool is about to hand over when {@link GeometryCheck} finds it invalid (self-intersecting
 * ring, too few vertices, …), naming the problem in Chinese and where it is (display metres: tools check the display
 * copy, and validity does not depend on the CRS).
 */
final class ShapeCheck {
    private ShapeCheck() {
    }

    /** The problem with {@code display}, or empty when it may be stored. */
    static Optional<ToolProblem> problemWith(Geometry display) {
        return GeometryCheck.problem(display).map(ShapeCheck::toToolProblem);
    }

    private static ToolProblem toToolProblem(GeometryProblem problem) {
        DisplayPoint where = problem.location() == null ? null : DisplayPoint.of(problem.location());
        return new ToolProblem(problem.kind().reasonZh() + "，无法保存：请移动、删除或撤回出问题处的顶点", where);
    }
}
