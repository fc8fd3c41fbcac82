package rectimap.model;

/** The value type of an attribute field; maps to GeoPackage column types TEXT, INTEGER, REAL and DATE. */
public enum FieldType {
    /** {@link String} values. */
    TEXT,
    /** {@link Long} values. */
    INTEGER,
    /** {@link Double} values. */
    REAL,
    /** {@link java.time.LocalDate} values, stored as ISO-8601 text. */
    DATE
}
