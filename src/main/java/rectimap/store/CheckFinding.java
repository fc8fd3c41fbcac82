package rectimap.store;

import java.util.List;
import java.util.Objects;

/**
 * One problem {@link ProjectCheck} found. What is wrong is a sentence key of the user bundle
 * ({@code rectimap/ui/messages*}, keys {@code check.*}) with its arguments, so the command line tells it in Chinese
 * or English; the {@link Kind} stays the stable machine code a script reads.
 *
 * @param kind      what sort of problem
 * @param layer     the table it concerns, null for the whole file
 * @param fid       the feature id it concerns, null when not about one feature
 * @param key       the bundle key of the sentence saying what is wrong
 * @param arguments the sentence's arguments, already as text (names, numbers, a tool's own words)
 */
public record CheckFinding(Kind kind, String layer, Long fid, String key, List<String> arguments) {
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
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** A finding whose sentence {@code key} takes {@code arguments} (each turned into text as it is). */
    public static CheckFinding of(Kind kind, String layer, Long fid, String key, Object... arguments) {
        return new CheckFinding(kind, layer, fid, key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The machine part of the line, e.g. {@code INVALID_GEOMETRY zone_area fid 12}. */
    public String where() {
        return kind + (layer == null ? "" : " " + layer) + (fid == null ? "" : " fid " + fid);
    }

    /** e.g. {@code INVALID_GEOMETRY zone_area fid 12: check.geometry.invalid [..]}, for logs and test messages. */
    @Override
    public String toString() {
        return where() + ": " + key + " " + arguments;
    }
}
