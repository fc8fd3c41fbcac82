package rectimap.exchange;

import java.util.Objects;

/**
 * The coordinate reference system of a source's geometries.
 *
 * @param epsg        the EPSG code, or 0 when unknown (or recognised but not transformable, e.g. Xian 1980)
 * @param description what the file says or what we guessed from, for the user (e.g. the .prj's PROJCS name)
 * @param certainty   how the code was found; anything but {@link CrsCertainty#DECLARED} and
 *                    {@link CrsCertainty#FORMAT_DEFAULT} should be confirmed by the user
 */
public record SourceCrs(int epsg, String description, CrsCertainty certainty) {
    public SourceCrs {
        Objects.requireNonNull(certainty, "certainty");
        description = description == null ? "" : description;
        if (epsg < 0) {
            throw new IllegalArgumentException("EPSG code must be >= 0: " + epsg);
        }
    }

    /** A CRS we know nothing about; {@code description} says why (e.g. "no .prj"). */
    public static SourceCrs unknown(String description) {
        return new SourceCrs(0, description, CrsCertainty.UNKNOWN);
    }

    /** Nothing known: the user must say. */
    public static SourceCrs unknown() {
        return unknown("");
    }

    /** A CRS the file states. */
    public static SourceCrs declared(int epsg, String description) {
        return new SourceCrs(epsg, description, CrsCertainty.DECLARED);
    }

    public boolean isKnown() {
        return epsg != 0;
    }
}
