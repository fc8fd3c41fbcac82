package rectimap.tool;

import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import rectimap.model.Feature;
import rectimap.model.LayerRole;
import rectimap.render.RenderLayer;

/**
 * Finds the vertex (preferred) or segment of the edited layer's features nearest to the pointer within
 * {@link #TOLERANCE_PX}, for the vertex tool.
 */
final class VertexFinder {
    /** How near, in screen pixels, the pointer must be to grab a vertex or a segment. */
    static final double TOLERANCE_PX = 8;

    private VertexFinder() {
    }

    /** Why the active layer cannot be edited, or null when it can. */
    static ToolProblem refusal(ToolContext context) {
        Optional<RenderLayer> layer = context.activeLayer();
        if (layer.isEmpty()) {
            return new ToolProblem(ToolText.of("tool.chooseLayerToEdit"), null);
        }
        if (layer.get().mapLayer().info().role() == LayerRole.REFERENCE) {
            return new ToolProblem(ToolText.of("tool.referenceNoEdit", layer.get().mapLayer().info().title()), null);
        }
        return null;
    }

    /** The target under the display position {@code at}, if any. */
    static Optional<VertexTarget> find(DisplayPoint at, ToolContext context) {
        if (refusal(context) != null) {
            return Optional.empty();
        }
        RenderLayer layer = context.activeLayer().orElseThrow();
        double toleranceM = context.metres(TOLERANCE_PX);
        Coordinate pointer = at.toCoordinate();
        VertexTarget bestVertex = null;
        double bestVertexM = Double.POSITIVE_INFINITY;
        VertexTarget bestSegment = null;
        double bestSegmentM = Double.POSITIVE_INFINITY;
        LayerProjection projection = LayerProjection.of(layer.mapLayer());
        for (long id : layer.hits(at.x(), at.y(), toleranceM)) {
            Feature feature = layer.featureById(id).orElseThrow();
            LayeredFeature owner = new LayeredFeature(layer.mapLayer(), feature);
            EditableShape display = EditableShape.of(projection.toDisplay(feature.geometry()));
            Optional<VertexAddress> vertex = display.nearestVertex(pointer, toleranceM);
            if (vertex.isPresent() && display.vertex(vertex.get()).distance(pointer) < bestVertexM) {
                bestVertexM = display.vertex(vertex.get()).distance(pointer);
                bestVertex = new VertexTarget(owner, display, vertex.get(), null);
            }
            Optional<SegmentHit> segment = display.nearestSegment(pointer, toleranceM);
            if (segment.isPresent() && segment.get().point().distance(pointer) < bestSegmentM) {
                bestSegmentM = segment.get().point().distance(pointer);
                bestSegment = new VertexTarget(owner, display, null, segment.get());
            }
        }
        return Optional.ofNullable(bestVertex != null ? bestVertex : bestSegment);
    }
}
