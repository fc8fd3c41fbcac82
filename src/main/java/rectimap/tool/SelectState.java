package rectimap.tool;

/** The states of the select tool. */
public enum SelectState implements ToolState {
    IDLE,
    /** The primary button is down and the pointer has moved: a selection box follows it. */
    BOXING
}
