package rectimap.tool;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Measures without editing: click vertices, the status shows the ellipsoidal length (or area and perimeter) up to the
 * pointer; double-click / Enter fixes the measurement (it stays in {@link #lastMeasurement()} until the next one
 * starts), Backspace and Esc behave as when drawing. Emits nothing.
 */
public final class MeasureTool extends VertexDrawingTool {
    private final MeasureMode mode;
    private ToolText lastMeasurement = ToolText.NONE;

    public MeasureTool(MeasureMode mode) {
        this.mode = mode;
    }

    public MeasureMode mode() {
        return mode;
    }

    /** The text of the last finished measurement, "" before the first. */
    public ToolText lastMeasurement() {
        return lastMeasurement;
    }

    @Override
    Geometry shape(List<DisplayPoint> points) {
        return mode == MeasureMode.AREA ? polygonOrLess(points) : lineOrPoint(points);
    }

    @Override
    ToolText statusFor(Geometry preview, int pointCount) {
        if (preview instanceof Polygon) {
            return ToolText.of("tool.areaPerimeter", MeasureText.areaOf(preview), MeasureText.perimeterOf(preview));
        }
        return MeasureText.lengthOf(preview);
    }

    @Override
    public ToolFeedback feedback() {
        ToolFeedback live = super.feedback();
        return live.rubberBand().isEmpty() && !lastMeasurement.isEmpty() ? live.withStatus(lastMeasurement) : live;
    }

    @Override
    Optional<ToolProblem> complete(List<DisplayPoint> points, ToolContext context) {
        lastMeasurement = statusFor(shape(points), points.size());
        return Optional.empty();
    }
}
