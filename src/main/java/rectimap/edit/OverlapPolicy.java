package rectimap.edit;

/**
 * Whether a new, moved or reshaped polygon is clipped against neighbours the layer's rules say it must not overlap
 * (responsibility areas of the same kind). The edit tool bar's "避让重叠" toggle; on by default.
 */
public enum OverlapPolicy {
    /** Clip against same-kind neighbours and say so in the result. */
    AVOID,
    /** Store the polygon as drawn, overlaps and all. */
    ALLOW
}
