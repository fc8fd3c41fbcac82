/**
 * Map interaction as explicit state machines fed by our own pointer and key records; no JavaFX.
 *
 * <p>Wiring (the map view, FX thread): keep one {@link rectimap.tool.Snapper} and the current
 * {@link rectimap.tool.MapTool}; per event build a {@link rectimap.tool.ToolContext} (viewport, the render layers as
 * drawn, the active layer's table, the selection, the snapper, a {@link rectimap.tool.CommandBasis} of the edit
 * session's project, rules and overlap choice, and a sink). Forward MOUSE_PRESSED / DRAGGED / RELEASED / MOVED as
 * PRESS / DRAG / RELEASE / MOVE, and MOUSE_CLICKED with click count 2 as DOUBLE_CLICK (single clicks need nothing);
 * forward Enter, Esc, Backspace, Delete and S as {@link rectimap.tool.KeyInput}. After each event repaint the overlay
 * from {@link rectimap.tool.MapTool#feedback()} (display metres: rubber band, handles, snap marker, problem marker
 * with its text) and show its status text and {@link rectimap.tool.Snapper#mode()} in the status bar. Results arrive
 * in the sink: {@code Edit} → {@code EditSession.execute(step)} and show the clips; {@code SelectionChange} → replace
 * the selection; {@code NewFeature} → open the attribute form, then {@code session.run(newFeature.command(values,
 * overlap))}. Call {@link rectimap.tool.MapTool#cancel()} when switching tools or after undo/redo.
 */
package rectimap.tool;
