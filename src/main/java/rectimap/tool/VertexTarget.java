package rectimap.tool;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;

/**
 * What the vertex tool has under the pointer: a feature of the edited layer, its shape in display metres, and either
 * a vertex ({@code vertex} set, {@code segment} null) or a point on a segment ({@code segment} set, {@code vertex}
 * null). Immutable.
 */
record VertexTarget(LayeredFeature owner, EditableShape display, VertexAddress vertex, SegmentHit segment) {
    VertexTarget {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(display, "display");
        if ((vertex == null) == (segment == null)) {
            throw new IllegalArgumentException("a target is a vertex or a segment point");
        }
    }

    Coordinate position() {
        return vertex != null ? display.vertex(vertex) : segment.point();
    }

    /** The feature's stored shape (layer CRS), whose vertex addresses match {@link #display()}. */
    EditableShape stored() {
        return EditableShape.of(owner.feature().geometry());
    }
}
