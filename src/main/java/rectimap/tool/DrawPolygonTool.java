package rectimap.tool;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws a polygon into the active layer: click vertices, double-click / right-click / Enter to finish, Backspace
 * removes the last vertex, Esc cancels. The status shows the live ellipsoidal area ("面积 … 平方米 · … 亩").
 * Fewer than three vertices or a self-intersecting ring is refused with the place of the problem. The finished polygon
 * is handed over as a {@link ToolResult.NewFeature} in the layer's CRS (EPSG:4490 lon/lat).
 */
public final class DrawPolygonTool extends VertexDrawingTool {

    @Override
    Geometry shape(List<DisplayPoint> points) {
        return polygonOrLess(points);
    }

    @Override
    ToolText statusFor(Geometry preview, int pointCount) {
        return preview instanceof Polygon ? MeasureText.areaOf(preview) : MeasureText.lengthOf(preview);
    }

    @Override
    int dimension() {
        return 2;
    }

    @Override
    Optional<ToolProblem> complete(List<DisplayPoint> points, ToolContext context) {
        ToolProblem unfit = NewShape.refusalFor(context, 2);
        if (unfit != null) {
            return Optional.of(unfit);
        }
        if (points.size() < 3) {
            return Optional.of(new ToolProblem(ToolText.of("tool.polygonTooFew", Integer.toString(points.size())),
                    points.get(points.size() - 1)));
        }
        Polygon polygon = DISPLAY.createPolygon(coordinates(points, true));
        Optional<ToolProblem> invalid = ShapeCheck.problemWith(polygon, activeKind(context));
        if (invalid.isPresent()) {
            return invalid;
        }
        NewShape.emit(polygon, context);
        return Optional.empty();
    }
}
