package rectimap.tool;

/** The keys tools react to; everything else arrives as OTHER (and is ignored by the tools). */
public enum Key {
    ENTER, ESCAPE, BACKSPACE, DELETE,
    /** Toggles snapping. */
    S,
    OTHER
}
