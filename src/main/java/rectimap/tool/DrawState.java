package rectimap.tool;

/** The states of the vertex-drawing tools (line, polygon, split line, measure). */
public enum DrawState implements ToolState {
    /** No vertex yet. */
    IDLE,
    /** At least one vertex placed; the rubber band follows the pointer. */
    DRAWING
}
