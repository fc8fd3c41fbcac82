package rectimap.tool;

/** What a snapped position lies on. Vertices win over segments within the tolerance. */
public enum SnapTarget {
    VERTEX, SEGMENT
}
