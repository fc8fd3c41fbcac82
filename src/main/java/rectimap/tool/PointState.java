package rectimap.tool;

/** The single state of the point tool: every click places a point. */
public enum PointState implements ToolState {
    READY
}
