package rectimap.tool;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Places a point feature in the active layer with one click (snapped when snapping is on), handed over as a
 * {@link ToolResult.NewFeature}. S toggles snapping. Mutable; FX application thread only.
 */
public final class DrawPointTool implements MapTool {
    private static final GeometryFactory DISPLAY = new GeometryFactory();

    private final ClickTracker clicks = new ClickTracker();
    private SnapHit snap;
    private ToolProblem problem;

    @Override
    public void onPointer(PointerEvent event, ToolContext context) {
        snap = context.snapper().snap(event.screenX(), event.screenY(), context).orElse(null);
        if (event.kind() == PointerKind.PRESS) {
            clicks.pressed(event);
        } else if (event.kind() == PointerKind.RELEASE && clicks.releasedAsClick(event) && !event.isSecondary()) {
            place(snap != null ? snap.point() : context.toDisplay(event), context);
        }
    }

    private void place(DisplayPoint where, ToolContext context) {
        problem = NewShape.refusalFor(context, 0);
        if (problem == null) {
            Geometry point = DISPLAY.createPoint(where.toCoordinate());
            NewShape.emit(point, context);
        }
    }

    @Override
    public void onKey(KeyInput key, ToolContext context) {
        if (key.isSnapToggle()) {
            context.snapper().toggle();
        } else if (key.key() == Key.ESCAPE) {
            cancel();
        }
    }

    @Override
    public PointState state() {
        return PointState.READY;
    }

    @Override
    public ToolFeedback feedback() {
        ToolFeedback feedback = new ToolFeedback(List.of(), List.of(), snap, ToolText.NONE, null);
        return problem == null ? feedback : feedback.withProblem(problem);
    }

    @Override
    public void cancel() {
        clicks.reset();
        problem = null;
    }
}
