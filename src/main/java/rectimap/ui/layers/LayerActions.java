package rectimap.ui.layers;

import rectimap.ui.map.MapOverlay;

/**
 * What the layer panel asks for; the window turns each finished change of a layer's display into one undoable step
 * of the edit session (so the panel never changes the project itself); the analysis overlays are the map's view, not
 * the project's, and switch without a step. Called on the FX thread.
 */
public interface LayerActions {

    /** Show ({@code shown} true) or hide a layer. */
    void setVisible(String tableName, boolean shown);

    /** The opacity slider is being dragged: show {@code opacity} (0–1) now, without recording a step. */
    void previewOpacity(String tableName, double opacity);

    /** The opacity slider came to rest at {@code opacity} (0–1): one step from the opacity before the drag. */
    void setOpacity(String tableName, double opacity);

    /** Move a layer to {@code drawIndex} in the drawing order (0 = bottom). */
    void move(String tableName, int drawIndex);

    /** Open the style dialog of a layer. */
    void editStyle(String tableName);

    /** Zoom the map to a layer's extent. */
    void zoomTo(String tableName);

    /** Switch an analysis overlay on or off (display only: not a step of the history). */
    void setOverlayShown(MapOverlay overlay, boolean shown);
}
