package rectimap.tool;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * What a tool wants drawn over the map right now, all in display metres (EPSG:4546): rubber-band geometries (the
 * shape being drawn, a selection box, a dragged copy), vertex handles, the snap marker (null when not snapping),
 * a status text ("面积 12,345 平方米 · 18.5 亩"; {@link ToolText#NONE} when none) and the current refusal (null when none).
 * Immutable: the geometries are never changed after the feedback is made.
 */
public record ToolFeedback(List<Geometry> rubberBand, List<DisplayPoint> handles, SnapHit snap, ToolText status,
                           ToolProblem problem) {
    private static final ToolFeedback NONE = new ToolFeedback(List.of(), List.of(), null, ToolText.NONE, null);

    public ToolFeedback {
        rubberBand = List.copyOf(rubberBand);
        handles = List.copyOf(handles);
        Objects.requireNonNull(status, "status");
    }

    /** Nothing to draw. */
    public static ToolFeedback none() {
        return NONE;
    }

    public ToolFeedback withStatus(ToolText text) {
        return new ToolFeedback(rubberBand, handles, snap, text, problem);
    }

    public ToolFeedback withProblem(ToolProblem refusal) {
        return new ToolFeedback(rubberBand, handles, snap, refusal.message(), refusal);
    }
}
