package rectimap.exchange;

/** What the import does with a record whose geometry is invalid (self-intersecting, …) or missing. */
public enum InvalidGeometryPolicy {
    /** Repair it (JTS GeometryFixer, as the editor's repair); a record without geometry still fails the import. */
    REPAIR,
    /** Leave the record out; it is listed in the result. */
    SKIP
}
