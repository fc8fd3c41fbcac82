package rectimap.tool;

/**
 * A map interaction as an explicit state machine, fed by the application's pointer and key events (forwarded from
 * the map canvas) and drawn through {@link #feedback()}. Finished work goes to {@link ToolContext#emit}. Tools never
 * change the project themselves. FX application thread only.
 */
public interface MapTool {

    void onPointer(PointerEvent event, ToolContext context);

    void onKey(KeyInput key, ToolContext context);

    /** The current state of this tool's machine. */
    ToolState state();

    /** What to draw over the map now; {@link ToolFeedback#none()} when nothing. */
    ToolFeedback feedback();

    /**
     * Accepts the repair offered with the current problem ({@link ToolProblem#repair()}): hands the repaired shape over
     * as the tool would have handed the drawn one. Returns false (and does nothing) when no repair is offered.
     */
    default boolean acceptRepair(ToolContext context) {
        return false;
    }

    /** Drops any work in progress (the user switched tools or the project changed underneath). */
    void cancel();
}
