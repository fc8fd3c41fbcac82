package rectimap.tool;

import org.locationtech.jts.geom.Coordinate;

/** A position on a segment of an {@link EditableShape}: the segment's first vertex and the point on it. */
public record SegmentHit(VertexAddress start, Coordinate point) {
}
