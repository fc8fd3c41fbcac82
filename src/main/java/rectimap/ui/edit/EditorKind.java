package rectimap.ui.edit;

/** Which editor the attribute form shows for a field. */
public enum EditorKind {
    /** A dropdown of the allowed values of an enumeration. */
    CHOICE,
    /** A date picker; text as ISO-8601 (2026-11-29). */
    DATE,
    /** A text field with the unit beside it; INTEGER or REAL. */
    NUMBER,
    /** A text field completed from the official division names (乡镇, 村); other text is refused. */
    PLACE,
    /** A free text field. */
    TEXT,
    /** Read-only: computed from the geometry (or other fields), never typed. */
    DERIVED
}
