package rectimap.tool;

/** The states of the vertex tool. */
public enum VertexEditState implements ToolState {
    IDLE,
    /** A vertex follows the pointer; releasing makes one undoable step of the whole drag. */
    DRAGGING
}
