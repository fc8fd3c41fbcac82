package rectimap.store;

import java.util.Objects;
import rectimap.model.style.LayerStyle;

/**
 * How one layer is shown in a project, as persisted in the project file: its place in the drawing order (0 is drawn
 * first, i.e. bottom), whether it is visible, its opacity (0–1) and its style (null: Rectimap's default style for
 * the layer, as in files written before styles were kept).
 */
public record LayerDisplayState(String tableName, int drawOrder, boolean visible, double opacity, LayerStyle style) {
    public LayerDisplayState {
        Objects.requireNonNull(tableName, "tableName");
        if (opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("opacity must be within 0..1: " + opacity);
        }
    }

    /** A state keeping the default style. */
    public LayerDisplayState(String tableName, int drawOrder, boolean visible, double opacity) {
        this(tableName, drawOrder, visible, opacity, null);
    }
}
