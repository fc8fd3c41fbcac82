package rectimap.exchange;

/** What went wrong reading or writing an exchange file; the UI words each one in Chinese and English. */
public enum ExchangeProblem {
    /** The file is missing or cannot be opened. */
    NOT_FOUND,
    /** The file holds no records. */
    EMPTY,
    /** The file ends in the middle of a record or structure. */
    TRUNCATED,
    /** The file's structure is broken (not the format it claims). */
    CORRUPT,
    /** A companion file (.shx, .dbf) is missing. */
    MISSING_PART,
    /** The coordinate system is unknown and was not given. */
    UNKNOWN_CRS,
    /** A geometry cannot be read or is of a type the target cannot hold. */
    BAD_GEOMETRY,
    /** A value cannot be read as its field's type. */
    BAD_VALUE,
    /** The text cannot be decoded in the chosen encoding. */
    ENCODING,
    /** The file uses something this reader does not support. */
    UNSUPPORTED,
    /** The user cancelled. */
    CANCELLED,
    /** The output cannot be written. */
    WRITE_FAILED
}
