package rectimap.geo;

/**
 * Why a geometry cannot be stored, with the sentence shown to the planner in Chinese and in English. Mirrors the
 * JTS validation error types that can arise from drawing or editing.
 */
public enum GeometryProblemKind {
    SELF_INTERSECTION("边界自相交", "the boundary crosses itself"),
    RING_SELF_INTERSECTION("环自相交", "a ring touches itself"),
    TOO_FEW_VERTICES("节点太少", "too few vertices"),
    RING_NOT_CLOSED("环未闭合", "a ring is not closed"),
    HOLE_OUTSIDE_SHELL("洞在外环之外", "a hole lies outside its shell"),
    NESTED_HOLES("洞相互嵌套", "holes are nested"),
    DISCONNECTED_INTERIOR("内部不连通", "the interior is disconnected"),
    NESTED_SHELLS("多个面相互嵌套", "parts are nested inside each other"),
    DUPLICATE_RINGS("环重复", "a ring is repeated"),
    INVALID_COORDINATE("坐标无效", "a coordinate is not a number"),
    EMPTY("几何为空", "the geometry is empty");

    private final String reasonZh;
    private final String reasonEn;

    GeometryProblemKind(String reasonZh, String reasonEn) {
        this.reasonZh = reasonZh;
        this.reasonEn = reasonEn;
    }

    public String reasonZh() {
        return reasonZh;
    }

    public String reasonEn() {
        return reasonEn;
    }
}
