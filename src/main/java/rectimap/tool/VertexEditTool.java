package rectimap.tool;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import rectimap.edit.GeometryEdit;
import rectimap.edit.ReplaceGeometryCommand;

/**
 * Edits the vertices of the active layer's features. Drag a vertex to move it (snapped to other features; the whole
 * drag is ONE step, emitted on release, built by {@link ReplaceGeometryCommand}); click a segment to insert a vertex
 * there; Delete or a right-click removes the vertex under the pointer, refused at the minimum (ring 3, line 2). A
 * result that is not a valid geometry is refused with the place of the problem (and a repair, when one fits) and
 * nothing is emitted. Only the vertex that changes is converted to the layer's CRS,
 * so every other stored vertex stays bit for bit. Mutable; FX application thread only.
 */
public final class VertexEditTool implements MapTool {
    private final ClickTracker clicks = new ClickTracker();
    private VertexTarget hover;
    private VertexTarget dragged;
    private DisplayPoint dragPosition;
    private SnapHit snap;
    private ToolProblem problem;
    /** The feature whose edit was refused with {@link #problem}, for accepting its repair. */
    private LayeredFeature refusedOwner;

    @Override
    public void onPointer(PointerEvent event, ToolContext context) {
        DisplayPoint at = context.toDisplay(event);
        switch (event.kind()) {
            case MOVE -> hover = VertexFinder.find(at, context).orElse(null);
            case PRESS -> press(event, at, context);
            case DRAG -> drag(event, context);
            case RELEASE -> release(event, context);
            case DOUBLE_CLICK -> {
            }
        }
    }

    private void press(PointerEvent event, DisplayPoint at, ToolContext context) {
        clicks.pressed(event);
        hover = VertexFinder.find(at, context).orElse(null);
        problem = VertexFinder.refusal(context);
    }

    private void drag(PointerEvent event, ToolContext context) {
        if (dragged == null && clicks.isDrag(event) && hover != null && hover.vertex() != null
                && !clicks.press().isSecondary()) {
            dragged = hover;
        }
        if (dragged != null) {
            Optional<SnapHit> snapped = context.snapper().snap(event.screenX(), event.screenY(), context,
                    Set.of(dragged.owner().ref()));
            snap = snapped.orElse(null);
            dragPosition = snapped.map(SnapHit::point).orElseGet(() -> context.toDisplay(event));
        }
    }

    private void release(PointerEvent event, ToolContext context) {
        boolean click = clicks.releasedAsClick(event);
        if (dragged != null) {
            finishDrag(context);
        } else if (click && hover != null && event.isSecondary() && hover.vertex() != null) {
            remove(hover, context);
        } else if (click && hover != null && !event.isSecondary() && hover.segment() != null) {
            insert(hover, context);
        }
        dragged = null;
        dragPosition = null;
        snap = null;
        hover = null;
    }

    private void finishDrag(ToolContext context) {
        Coordinate stored = dragged.owner().projection().toStorage(dragPosition);
        EditableShape storedShape = dragged.stored().moved(dragged.vertex(), stored);
        emitIfValid(dragged, storedShape, context);
    }

    private void insert(VertexTarget target, ToolContext context) {
        SegmentHit segment = target.segment();
        Coordinate stored = target.owner().projection().toStorage(DisplayPoint.of(segment.point()));
        emitIfValid(target, target.stored().inserted(segment.start(), stored), context);
    }

    private void remove(VertexTarget target, ToolContext context) {
        if (!target.display().canRemove(target.vertex())) {
            problem = new ToolProblem(ToolText.of("tool.minVertices"),
                    DisplayPoint.of(target.position()));
            return;
        }
        emitIfValid(target, target.stored().removed(target.vertex()), context);
    }

    /**
     * Emits the step giving the feature its {@code stored} shape (via {@link ReplaceGeometryCommand}, which checks
     * validity, avoids overlap and recomputes derived fields), or shows why not.
     */
    private void emitIfValid(VertexTarget target, EditableShape stored, ToolContext context) {
        replace(target.owner(), stored.toGeometry(), context);
    }

    private void replace(LayeredFeature owner, Geometry stored, ToolContext context) {
        ReplaceGeometryCommand command = new ReplaceGeometryCommand(owner.layer().tableName(), owner.feature().id(),
                stored, GeometryEdit.VERTICES, context.basis().overlap());
        problem = CommandOutcome.emit(command, context, owner.projection());
        refusedOwner = problem == null ? null : owner;
    }

    /** Stores the repair the refused edit offered, in place of the refused shape. */
    @Override
    public boolean acceptRepair(ToolContext context) {
        if (problem == null || !problem.offersRepair() || refusedOwner == null) {
            return false;
        }
        replace(refusedOwner, refusedOwner.projection().toStorage(problem.repair()), context);
        return problem == null;
    }

    @Override
    public void onKey(KeyInput key, ToolContext context) {
        switch (key.key()) {
            case DELETE -> {
                if (hover != null && hover.vertex() != null && dragged == null) {
                    remove(hover, context);
                    hover = null;
                }
            }
            case ESCAPE -> cancel();
            case S -> {
                if (key.isSnapToggle()) {
                    context.snapper().toggle();
                }
            }
            case ENTER, BACKSPACE, OTHER -> {
            }
        }
    }

    @Override
    public VertexEditState state() {
        return dragged == null ? VertexEditState.IDLE : VertexEditState.DRAGGING;
    }

    @Override
    public ToolFeedback feedback() {
        VertexTarget shown = dragged != null ? dragged : hover;
        if (shown == null) {
            return problem == null ? ToolFeedback.none() : ToolFeedback.none().withProblem(problem);
        }
        EditableShape shape = dragged != null
                ? dragged.display().moved(dragged.vertex(), dragPosition.toCoordinate()) : shown.display();
        List<DisplayPoint> handles = shape.vertices().stream().map(DisplayPoint::of).toList();
        List<Geometry> band = dragged != null ? List.of(shape.toGeometry()) : List.of();
        ToolFeedback feedback = new ToolFeedback(band, handles, snap, ToolText.NONE, null);
        return problem == null ? feedback : feedback.withProblem(problem);
    }

    @Override
    public void cancel() {
        clicks.reset();
        hover = null;
        dragged = null;
        dragPosition = null;
        snap = null;
        problem = null;
        refusedOwner = null;
    }
}
