package rectimap.exchange;

/**
 * The kinds of trouble with a file to import or export; each has a message key {@code exchange.<NAME>} in the UI
 * bundles: {0} = where (the file name, followed by {@code exchange.where.record} with the 1-based record number
 * when there is one), {1} = the technical detail.
 */
public enum ExchangeProblem {
    /** The file does not exist. */
    NOT_FOUND,
    /** The file exists but cannot be read (permissions, a directory, an I/O error). */
    UNREADABLE,
    /** A companion file the format needs is missing (a Shapefile's .shx or .dbf). */
    MISSING_PART,
    /** The file is shorter than its header or a record says. */
    TRUNCATED,
    /** The header is not what the format prescribes (wrong magic number, impossible lengths). */
    CORRUPT_HEADER,
    /** A record cannot be decoded (bad lengths, bad numbers, bad coordinates). */
    CORRUPT_RECORD,
    /** The content is damaged or not of the format the name says (bad JSON/XML syntax, not a ZIP). */
    CORRUPT,
    /** The parts of a file disagree on how many records there are (.shp/.shx vs .dbf). */
    RECORD_COUNT_MISMATCH,
    /** The file holds no features. */
    EMPTY,
    /** The geometry type is not one we read (e.g. a Shapefile MultiPatch). */
    UNSUPPORTED_GEOMETRY,
    /** Records of a layer have different geometry types where the format forbids it. */
    MIXED_GEOMETRY,
    /**
     * A record's geometry is missing where one is needed, invalid (self-intersection, too few points) and neither
     * repaired nor skipped, cannot be reprojected, or does not fit the target layer's kind.
     */
    BAD_GEOMETRY,
    /**
     * A geometry collection (GeoJSON GeometryCollection, KML MultiGeometry) mixing kinds, for a layer that holds one
     * kind; the detail lists the kinds ("LineString, Polygon"). A new layer (GEOMETRY) keeps it, as GDAL does.
     */
    MIXED_COLLECTION,
    /** The coordinate reference system is not stated and cannot be guessed, or is not one we know. */
    UNKNOWN_CRS,
    /** The CRS is recognised but cannot be transformed without parameters we lack (Xian 1980, Beijing 1954). */
    UNSUPPORTED_CRS,
    /** The text encoding cannot decode the file's text. */
    ENCODING,
    /**
     * The text encoding is not certain (more than one reads the bytes, or the one that does reads as no everyday
     * text) and none was chosen; the detail is the candidates' readings, {@code UTF-8: "…" / GBK: "…"}.
     */
    ENCODING_UNSURE,
    /** A value does not fit its field (text in a number column, a bad date). */
    BAD_VALUE,
    /** The format or a feature of it is not one we read (an unknown extension, a KML NetworkLink). */
    UNSUPPORTED,
    /**
     * More features than an append may bring in ({@link AppendLimit}: it is one undoable step held in memory); the
     * detail is the limit as a number. Importing as a new layer (streamed) has no such limit.
     */
    TOO_LARGE,
    /** The file holds no layer to import (a .zip without a .shp). */
    NO_LAYER,
    /** The file holds several layers (a .zip with several .shp) and none was chosen; the detail lists them. */
    LAYER_CHOICE_NEEDED,
    /** The user cancelled; nothing was written. */
    CANCELLED,
    /** Writing failed (disk full, read-only folder); nothing half-written is left. */
    WRITE_FAILED
}
