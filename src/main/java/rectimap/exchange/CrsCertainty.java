package rectimap.exchange;

/** How a {@link SourceCrs} was found, from surest to least sure. */
public enum CrsCertainty {
    /** The file names it (a .prj, a GeoPackage srs_id, a GeoJSON "crs" member). */
    DECLARED,
    /** The format fixes it (RFC 7946 GeoJSON and KML are WGS 84 lon/lat). */
    FORMAT_DEFAULT,
    /** The user chose it (e.g. CSV columns, or confirming a guess). */
    USER_CHOSEN,
    /** Guessed from the coordinate ranges; one likely answer, the user confirms. */
    GUESSED,
    /** Guessed, but several answers fit about equally (e.g. a 6-digit easting without a known zone). */
    AMBIGUOUS,
    /** Not known; the user must choose before importing. */
    UNKNOWN
}
