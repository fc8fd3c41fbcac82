package rectimap.exchange;

/** How a source's CRS is known. */
public enum CrsCertainty {
    /** Stated by the file or its format (a .prj, a GeoJSON crs member, KML's WGS 84). */
    DECLARED,
    /** Guessed from coordinate ranges; the user confirms. */
    GUESSED,
    /** Not known; the user must choose. */
    UNKNOWN
}
