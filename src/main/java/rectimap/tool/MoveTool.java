package rectimap.tool;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import rectimap.edit.MoveFeaturesCommand;
import rectimap.model.FeatureRef;

/**
 * Moves the selected features of a planning layer: press on one of them, drag (the end point snaps to other
 * features), release — the whole drag is ONE step for all selected features of that layer, built by
 * {@link MoveFeaturesCommand} (shift in display metres, overlap avoided, derived fields recomputed).
 * Mutable; FX application thread only.
 */
public final class MoveTool implements MapTool {
    private final ClickTracker clicks = new ClickTracker();
    private List<LayeredFeature> moving = List.of();
    private List<Geometry> movingDisplay = List.of();
    private DisplayPoint grabbed;
    private DisplayPoint pointer;
    private SnapHit snap;
    private ToolProblem problem;

    @Override
    public void onPointer(PointerEvent event, ToolContext context) {
        switch (event.kind()) {
            case PRESS -> press(event, context);
            case DRAG -> {
                if (!moving.isEmpty() && clicks.isDrag(event)) {
                    Set<FeatureRef> own = moving.stream().map(LayeredFeature::ref).collect(Collectors.toSet());
                    Optional<SnapHit> snapped = context.snapper().snap(event.screenX(), event.screenY(), context, own);
                    snap = snapped.orElse(null);
                    pointer = snapped.map(SnapHit::point).orElseGet(() -> context.toDisplay(event));
                }
            }
            case RELEASE -> {
                if (clicks.isDrag(event) && !moving.isEmpty() && pointer != null) {
                    finish(context);
                }
                reset();
            }
            case MOVE, DOUBLE_CLICK -> {
            }
        }
    }

    private void press(PointerEvent event, ToolContext context) {
        reset();
        if (event.isSecondary()) {
            return;
        }
        clicks.pressed(event);
        FeatureRef hit = SelectTool.topMostHit(event, context);
        List<LayeredFeature> editable = EditableSelection.of(context);
        if (hit == null || editable.stream().noneMatch(f -> f.ref().equals(hit))) {
            problem = new ToolProblem(ToolText.of("tool.moveNeedsSelection"), null);
            return;
        }
        problem = null;
        // One layer per step, as the move command works: the selected features of the grabbed one's layer.
        moving = editable.stream().filter(f -> f.layer().tableName().equals(hit.tableName())).toList();
        movingDisplay = moving.stream().map(f -> f.projection().toDisplay(f.feature().geometry())).toList();
        grabbed = context.toDisplay(event);
    }

    private AffineTransformation shift() {
        return AffineTransformation.translationInstance(pointer.x() - grabbed.x(), pointer.y() - grabbed.y());
    }

    private void finish(ToolContext context) {
        LayeredFeature first = moving.get(0);
        List<Long> ids = moving.stream().map(f -> f.feature().id()).toList();
        MoveFeaturesCommand command = new MoveFeaturesCommand(first.layer().tableName(), ids,
                pointer.x() - grabbed.x(), pointer.y() - grabbed.y(), context.basis().overlap());
        problem = CommandOutcome.emit(command, context, first.projection());
    }

    @Override
    public void onKey(KeyInput key, ToolContext context) {
        if (key.key() == Key.ESCAPE) {
            cancel();
        } else if (key.isSnapToggle()) {
            context.snapper().toggle();
        }
    }

    @Override
    public MoveState state() {
        return moving.isEmpty() || pointer == null ? MoveState.IDLE : MoveState.DRAGGING;
    }

    @Override
    public ToolFeedback feedback() {
        if (state() == MoveState.DRAGGING) {
            AffineTransformation shift = shift();
            List<Geometry> band = movingDisplay.stream().map(shift::transform).toList();
            ToolText status = ToolText.of("tool.moved", MeasureText.grouped(grabbed.distanceTo(pointer), 1));
            return new ToolFeedback(band, List.of(), snap, status, null);
        }
        return problem == null ? ToolFeedback.none() : ToolFeedback.none().withProblem(problem);
    }

    @Override
    public void cancel() {
        reset();
        problem = null;
    }

    private void reset() {
        clicks.reset();
        moving = List.of();
        movingDisplay = List.of();
        grabbed = null;
        pointer = null;
        snap = null;
    }
}
