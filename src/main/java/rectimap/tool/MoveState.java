package rectimap.tool;

/** The states of the move tool. */
public enum MoveState implements ToolState {
    IDLE,
    /** The selected features follow the pointer; releasing makes one undoable step. */
    DRAGGING
}
