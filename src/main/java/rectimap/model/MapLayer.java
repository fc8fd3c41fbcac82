package rectimap.model;

import java.util.Objects;
import rectimap.model.style.LayerStyle;

/**
 * A layer as shown in a project's map: the data, its style, whether it is shown and its opacity (0–1).
 * Immutable; "with" methods return changed copies.
 */
public record MapLayer(Layer layer, LayerStyle style, boolean visible, double opacity) {
    public MapLayer {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(style, "style");
        if (opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("opacity must be within 0..1: " + opacity);
        }
    }

    public MapLayer withVisible(boolean shown) {
        return new MapLayer(layer, style, shown, opacity);
    }

    public MapLayer withOpacity(double newOpacity) {
        return new MapLayer(layer, style, visible, newOpacity);
    }

    public MapLayer withStyle(LayerStyle newStyle) {
        return new MapLayer(layer, newStyle, visible, opacity);
    }

    public String tableName() {
        return layer.tableName();
    }

    public LayerInfo info() {
        return layer.info();
    }
}
