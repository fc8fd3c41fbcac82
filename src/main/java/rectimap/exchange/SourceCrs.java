package rectimap.exchange;

/**
 * The coordinate system of a source file: an EPSG code (0 when unknown), how it was described (e.g. the .prj
 * name or "RFC 7946") and how certain it is.
 */
public record SourceCrs(int epsg, String description, CrsCertainty certainty) {

    /** Nothing known: the user must say. */
    public static SourceCrs unknown() {
        return new SourceCrs(0, "", CrsCertainty.UNKNOWN);
    }

    public static SourceCrs declared(int epsg, String description) {
        return new SourceCrs(epsg, description, CrsCertainty.DECLARED);
    }
}
