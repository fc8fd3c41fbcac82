package rectimap.render;

/** How a click hits an area (polygon) feature; points and lines are always hit within the tolerance. */
public enum AreaHit {
    /** Inside, or within the tolerance of its outline (selecting, snapping). */
    NEAR,
    /** Only when the area contains the point (identify). */
    CONTAINING
}
