package rectimap.tool;

/** The mouse button of a pointer event; NONE for moves without a button. */
public enum PointerButton {
    NONE, PRIMARY, SECONDARY, MIDDLE
}
