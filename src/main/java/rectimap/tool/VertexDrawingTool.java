package rectimap.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.GeometryKind;

/**
 * The shared machine of the tools that place vertices by clicking (line, polygon, split line, measure): a click
 * adds a vertex at the (snapped) pointer, double-click, right-click or Enter finishes, Backspace removes the last
 * vertex, Esc cancels, S toggles snapping. A refused finish keeps the vertices and shows the problem.
 * Subclasses say what the vertices make and what finishing does. Mutable; FX application thread only.
 */
abstract class VertexDrawingTool implements MapTool {
    /** A click this close to the last vertex (screen pixels) is the second half of a double-click, not a vertex. */
    static final double SAME_VERTEX_PX = 3;
    static final GeometryFactory DISPLAY = new GeometryFactory();

    private final ClickTracker clicks = new ClickTracker();
    private final List<DisplayPoint> vertices = new ArrayList<>();
    private DisplayPoint pointer;
    private SnapHit snap;
    private ToolProblem problem;

    @Override
    public void onPointer(PointerEvent event, ToolContext context) {
        track(event, context);
        switch (event.kind()) {
            case PRESS -> clicks.pressed(event);
            case RELEASE -> {
                if (clicks.releasedAsClick(event)) {
                    if (event.isSecondary()) {
                        finish(context);
                    } else {
                        addVertex(context);
                    }
                }
            }
            case DOUBLE_CLICK -> finish(context);
            case MOVE, DRAG -> {
            }
        }
    }

    @Override
    public void onKey(KeyInput key, ToolContext context) {
        switch (key.key()) {
            case ENTER -> finish(context);
            case BACKSPACE -> {
                if (!vertices.isEmpty()) {
                    vertices.remove(vertices.size() - 1);
                    problem = null;
                }
            }
            case ESCAPE -> cancel();
            case S -> {
                if (key.isSnapToggle()) {
                    context.snapper().toggle();
                }
            }
            case DELETE, OTHER -> {
            }
        }
    }

    @Override
    public DrawState state() {
        return vertices.isEmpty() ? DrawState.IDLE : DrawState.DRAWING;
    }

    @Override
    public void cancel() {
        vertices.clear();
        clicks.reset();
        problem = null;
    }

    @Override
    public ToolFeedback feedback() {
        List<DisplayPoint> shown = new ArrayList<>(vertices);
        if (pointer != null && !vertices.isEmpty()) {
            shown.add(pointer);
        }
        List<Geometry> band = new ArrayList<>();
        ToolText status = ToolText.NONE;
        if (!shown.isEmpty()) {
            Geometry preview = shape(shown);
            band.add(preview);
            status = statusFor(preview, shown.size());
        }
        ToolFeedback feedback = new ToolFeedback(band, vertices, snap, status, null);
        return problem == null ? feedback : feedback.withProblem(problem);
    }

    /** The vertices placed so far, in display metres. */
    public List<DisplayPoint> vertices() {
        return List.copyOf(vertices);
    }

    /** The geometry that {@code points} (display metres, at least one) make for this tool, for the rubber band. */
    abstract Geometry shape(List<DisplayPoint> points);

    /** The status text for the rubber band {@code preview} made of {@code pointCount} points. */
    abstract ToolText statusFor(Geometry preview, int pointCount);

    /**
     * Finishes with {@code points} (display metres, consecutive duplicates removed): emits the result and returns
     * empty, or returns why it cannot finish (the vertices are kept so the user can fix them).
     */
    abstract Optional<ToolProblem> complete(List<DisplayPoint> points, ToolContext context);

    @Override
    public boolean acceptRepair(ToolContext context) {
        if (problem == null || !problem.offersRepair() || NewShape.refusalFor(context, dimension()) != null) {
            return false;
        }
        NewShape.emit(problem.repair(), context);
        cancel();
        return true;
    }

    /** The dimension of what this tool draws (2 areas, 1 lines), for repairs; -1 when it draws nothing to store. */
    int dimension() {
        return -1;
    }

    /** The geometry kind of the active layer, for checks that depend on it (GEOMETRY when there is none). */
    static GeometryKind activeKind(ToolContext context) {
        return context.activeLayer().map(l -> l.mapLayer().info().type().geometryKind()).orElse(GeometryKind.GEOMETRY);
    }

    private void track(PointerEvent event, ToolContext context) {
        Optional<SnapHit> snapped = context.snapper().snap(event.screenX(), event.screenY(), context);
        snap = snapped.orElse(null);
        pointer = snapped.map(SnapHit::point).orElseGet(() -> context.toDisplay(event));
    }

    private void addVertex(ToolContext context) {
        if (!vertices.isEmpty()
                && vertices.get(vertices.size() - 1).distanceTo(pointer) <= context.metres(SAME_VERTEX_PX)) {
            return;
        }
        vertices.add(pointer);
        problem = null;
    }

    private void finish(ToolContext context) {
        if (vertices.isEmpty()) {
            return;
        }
        Optional<ToolProblem> refusal = complete(List.copyOf(vertices), context);
        if (refusal.isPresent()) {
            problem = refusal.get();
        } else {
            cancel();
        }
    }

    static Coordinate[] coordinates(List<DisplayPoint> points, boolean closed) {
        Coordinate[] coordinates = new Coordinate[points.size() + (closed ? 1 : 0)];
        for (int i = 0; i < points.size(); i++) {
            coordinates[i] = points.get(i).toCoordinate();
        }
        if (closed) {
            coordinates[points.size()] = points.get(0).toCoordinate();
        }
        return coordinates;
    }

    /** A point, a line, or (with three or more points) a closed polygon through {@code points}. */
    static Geometry polygonOrLess(List<DisplayPoint> points) {
        if (points.size() == 1) {
            return DISPLAY.createPoint(points.get(0).toCoordinate());
        }
        if (points.size() == 2) {
            return DISPLAY.createLineString(coordinates(points, false));
        }
        return DISPLAY.createPolygon(coordinates(points, true));
    }

    static Geometry lineOrPoint(List<DisplayPoint> points) {
        if (points.size() == 1) {
            return DISPLAY.createPoint(points.get(0).toCoordinate());
        }
        return DISPLAY.createLineString(coordinates(points, false));
    }
}
