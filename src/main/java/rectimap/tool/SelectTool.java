package rectimap.tool;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.Selection;
import rectimap.render.RenderLayer;

/**
 * Selects features of the visible layers. A click selects the top-most feature under the pointer (top layer first,
 * then nearest; nothing hit clears the selection); Shift+click adds or removes that feature. A drag draws a box and
 * selects every feature the box meets (Shift adds them to the selection). Emits {@link ToolResult.SelectionChange}.
 * Mutable; FX application thread only.
 */
public final class SelectTool implements MapTool {
    /** How near, in screen pixels, the pointer must be to a point or line to hit it. */
    public static final double HIT_TOLERANCE_PX = 5;
    private static final GeometryFactory DISPLAY = new GeometryFactory();

    private final ClickTracker clicks = new ClickTracker();
    private SelectState state = SelectState.IDLE;
    private Envelope box;

    @Override
    public void onPointer(PointerEvent event, ToolContext context) {
        switch (event.kind()) {
            case PRESS -> {
                if (!event.isSecondary()) {
                    clicks.pressed(event);
                }
            }
            case DRAG -> {
                if (clicks.isDrag(event)) {
                    state = SelectState.BOXING;
                    PointerEvent press = clicks.press();
                    box = new Envelope(context.viewport().toMapX(press.screenX()), context.toDisplay(event).x(),
                            context.viewport().toMapY(press.screenY()), context.toDisplay(event).y());
                }
            }
            case RELEASE -> release(event, context);
            case MOVE, DOUBLE_CLICK -> {
            }
        }
    }

    private void release(PointerEvent event, ToolContext context) {
        boolean boxing = state == SelectState.BOXING;
        boolean click = clicks.releasedAsClick(event);
        if (boxing) {
            List<FeatureRef> inBox = featuresMeeting(box, context);
            Selection chosen = event.has(Modifier.SHIFT) ? context.selection().plus(inBox) : Selection.of(inBox);
            context.emit(new ToolResult.SelectionChange(chosen));
        } else if (click) {
            FeatureRef hit = topMostHit(event, context);
            Selection chosen;
            if (event.has(Modifier.SHIFT)) {
                chosen = hit == null ? context.selection() : context.selection().toggled(hit);
            } else {
                chosen = hit == null ? Selection.empty() : Selection.of(List.of(hit));
            }
            context.emit(new ToolResult.SelectionChange(chosen));
        }
        cancel();
    }

    /** The feature a click at the event's position finds, or null. */
    static FeatureRef topMostHit(PointerEvent event, ToolContext context) {
        DisplayPoint at = context.toDisplay(event);
        double toleranceM = context.metres(HIT_TOLERANCE_PX);
        for (RenderLayer layer : context.visibleLayersTopFirst()) {
            List<Long> ids = layer.hits(at.x(), at.y(), toleranceM);
            if (!ids.isEmpty()) {
                return new FeatureRef(layer.tableName(), ids.get(0));
            }
        }
        return null;
    }

    /** The features of visible layers whose display geometry meets {@code area}, top layer first. */
    private static List<FeatureRef> featuresMeeting(Envelope area, ToolContext context) {
        Geometry boxShape = DISPLAY.toGeometry(area);
        double halfDiagonal = Math.hypot(area.getWidth(), area.getHeight()) / 2;
        List<FeatureRef> found = new ArrayList<>();
        for (RenderLayer layer : context.visibleLayersTopFirst()) {
            LayerProjection projection = LayerProjection.of(layer.mapLayer());
            // The index finds the candidates near the box; the exact test drops those only near a corner.
            for (long id : layer.hits(area.centre().x, area.centre().y, halfDiagonal)) {
                Feature feature = layer.featureById(id).orElseThrow();
                if (projection.toDisplay(feature.geometry()).intersects(boxShape)) {
                    found.add(new FeatureRef(layer.tableName(), id));
                }
            }
        }
        return found;
    }

    @Override
    public void onKey(KeyInput key, ToolContext context) {
        if (key.key() == Key.ESCAPE) {
            if (state == SelectState.IDLE) {
                context.emit(new ToolResult.SelectionChange(Selection.empty()));
            }
            cancel();
        } else if (key.isSnapToggle()) {
            context.snapper().toggle();
        }
    }

    @Override
    public SelectState state() {
        return state;
    }

    @Override
    public ToolFeedback feedback() {
        if (state != SelectState.BOXING) {
            return ToolFeedback.none();
        }
        return new ToolFeedback(List.of(DISPLAY.toGeometry(box)), List.of(), null, ToolText.NONE, null);
    }

    @Override
    public void cancel() {
        state = SelectState.IDLE;
        box = null;
        clicks.reset();
    }
}
