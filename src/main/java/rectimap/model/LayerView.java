package rectimap.model;

import java.util.Objects;
import rectimap.model.style.LayerStyle;

/**
 * How one layer is shown, apart from its data: visible or not, opacity (0–1) and style. Its place in the drawing
 * order is its index in the list that holds it (see {@link LayerStateChange}). Immutable.
 */
public record LayerView(String tableName, boolean visible, double opacity, LayerStyle style) {
    public LayerView {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(style, "style");
        if (opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("opacity must be within 0..1: " + opacity);
        }
    }

    /** The view of {@code layer} as it is shown now. */
    public static LayerView of(MapLayer layer) {
        return new LayerView(layer.tableName(), layer.visible(), layer.opacity(), layer.style());
    }
}
