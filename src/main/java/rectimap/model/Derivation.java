package rectimap.model;

/**
 * Whether a field's value is computed from the geometry (and kept current on every geometry edit) rather than typed.
 * Areas and lengths are ellipsoidal on CGCS2000 ({@code rectimap.geo.Measure}).
 */
public enum Derivation {
    /** Typed by the user or imported. */
    NONE,
    /** Area in square metres. */
    AREA_M2,
    /** Area in 亩 (1 亩 = 10000/15 m²). */
    AREA_MU,
    /** Length in metres. */
    LENGTH_M
}
