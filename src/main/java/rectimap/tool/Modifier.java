package rectimap.tool;

/** A modifier key held during a pointer or key event. */
public enum Modifier {
    SHIFT, CTRL, ALT
}
