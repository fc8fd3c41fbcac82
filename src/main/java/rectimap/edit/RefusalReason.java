package rectimap.edit;

/** Why a command could not build its step; the exact words for the user are in {@link CommandRefused}. */
public enum RefusalReason {
    /** The project has no layer by that table name. */
    NO_SUCH_LAYER,
    /** Reference layers (district, townships, roads, …) are read-only in the editor. */
    READ_ONLY_LAYER,
    /** A feature id is not (or no longer) in the layer. */
    NO_SUCH_FEATURE,
    /** Nothing was selected for a command that needs features. */
    NOTHING_SELECTED,
    /** The geometry is self-intersecting, has too few vertices, …: never stored; a repair may be offered. */
    INVALID_GEOMETRY,
    /** The geometry type does not fit the layer (a line in a polygon layer). */
    WRONG_GEOMETRY_TYPE,
    /** Attribute values break the layer's rules (required, enumeration, range, lifecycle …). */
    INVALID_ATTRIBUTES,
    /** Derived fields (areas, lengths) are computed from the geometry, never typed. */
    DERIVED_FIELD,
    /** The drawn line does not cross the polygon from side to side. */
    LINE_DOES_NOT_SPLIT,
    /** Only polygons can be split or merged. */
    NOT_A_POLYGON,
    /** Merging needs at least two features, and the survivor among them. */
    TOO_FEW_TO_MERGE,
    /** A changed kind would make the area overlap neighbours of its new kind (clipping it silently would be worse). */
    OVERLAPS_SAME_KIND,
    /** An undo or redo names a feature another program changed or deleted in the file since (issue 12). */
    CHANGED_OUTSIDE,
    /** Avoiding overlap left nothing: the new polygon lies wholly inside neighbours of the same kind. */
    COVERED_BY_NEIGHBOURS
}
