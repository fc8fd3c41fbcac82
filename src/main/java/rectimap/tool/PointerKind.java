package rectimap.tool;

/**
 * What the pointer did. A double-click arrives as PRESS, RELEASE, PRESS, RELEASE, then DOUBLE_CLICK at the same place
 * (the JavaFX order: forward the second CLICKED with click count 2 as DOUBLE_CLICK; single clicks need no event of
 * their own, a tool sees PRESS and RELEASE within a few pixels).
 */
public enum PointerKind {
    PRESS, DRAG, RELEASE, MOVE, DOUBLE_CLICK
}
