package rectimap.tool;

/**
 * The state of a tool's machine, for the status bar and tests. Each tool has its own enum implementing this (for
 * instance {@link DrawState}: IDLE, DRAWING).
 */
public interface ToolState {
    /** The constant's name, e.g. "DRAWING". */
    String name();
}
