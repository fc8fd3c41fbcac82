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

    /** Drops any work in progress (the user switched tools or the project changed underneath). */
    void cancel();
}
