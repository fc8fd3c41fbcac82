package rectimap.store;

import java.util.Objects;

/**
 * One problem {@link ProjectCheck} found.
 *
 * @param kind    what sort of problem
 * @param layer   the table it concerns, null for the whole file
 * @param fid     the feature id it concerns, null when not about one feature
 * @param message what is wrong, in English, for the command line
 */
public record CheckFinding(Kind kind, String layer, Long fid, String message) {
    /** The sorts of problems, in the order the check looks for them. */
    public enum Kind {
        /** SQLite's integrity_check found damage. */
        INTEGRITY,
        /** A GeoPackage rule is broken (required tables, CRS rows, geometry columns). */
        GEOPACKAGE,
        /** A spatial index is missing or out of step with its table. */
        SPATIAL_INDEX,
        /** A geometry that is not valid (self-intersection, too few points) or of the wrong type. */
        INVALID_GEOMETRY,
        /** A record that points at something no longer there (history, layer state, metadata). */
        ORPHAN,
        /** A planning feature's 乡镇/村 text that is no official division name (found outside the store). */
        PLACE_NAME
    }

    public CheckFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** e.g. {@code INVALID_GEOMETRY zone_area fid 12: Self-intersection at (111.0 35.0)}. */
    @Override
    public String toString() {
        return kind + (layer == null ? "" : " " + layer) + (fid == null ? "" : " fid " + fid) + ": " + message;
    }
}
