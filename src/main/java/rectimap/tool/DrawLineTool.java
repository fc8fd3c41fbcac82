package rectimap.tool;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Draws a line into the active layer: click vertices, double-click / right-click / Enter to finish, Backspace removes
 * the last vertex, Esc cancels. The status shows the live ellipsoidal length ("长度 … 米"). A line needs two distinct
 * vertices; a line that crosses itself is allowed (roads loop), only one of fewer than two is refused.
 */
public final class DrawLineTool extends VertexDrawingTool {

    @Override
    Geometry shape(List<DisplayPoint> points) {
        return lineOrPoint(points);
    }

    @Override
    ToolText statusFor(Geometry preview, int pointCount) {
        return MeasureText.lengthOf(preview);
    }

    @Override
    int dimension() {
        return 1;
    }

    @Override
    Optional<ToolProblem> complete(List<DisplayPoint> points, ToolContext context) {
        ToolProblem unfit = NewShape.refusalFor(context, 1);
        if (unfit != null) {
            return Optional.of(unfit);
        }
        if (points.size() < 2) {
            return Optional.of(new ToolProblem(ToolText.of("tool.lineTooFew", "1"), points.get(0)));
        }
        LineString line = DISPLAY.createLineString(coordinates(points, false));
        Optional<ToolProblem> invalid = ShapeCheck.problemWith(line, activeKind(context));
        if (invalid.isPresent()) {
            return invalid;
        }
        NewShape.emit(line, context);
        return Optional.empty();
    }
}
