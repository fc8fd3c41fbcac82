package rectimap.ui.layers;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import rectimap.model.GeometryKind;
import rectimap.model.MapLayer;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.LegendRow;
import rectimap.ui.FxFonts;
import rectimap.ui.Messages;

/**
 * The legends of the layer panel: which layers' legends are open (all closed at first, so the layer list fits the
 * panel) and the style each legend shows, which is the style the map draws now (e.g. cases by traffic light for
 * today) when the window says so through {@link #showDrawnStyles}, else the layer's own. FX thread only.
 */
final class LayerLegends {
    private final Messages messages;
    private final FxFonts fonts;
    private final Runnable onChange;
    private final Set<String> open = new HashSet<>();
    private Map<String, LayerStyle> drawn = Map.of();

    /** @param onChange called after a legend opened or closed or the drawn styles changed (the rows redraw) */
    LayerLegends(Messages messages, FxFonts fonts, Runnable onChange) {
        this.messages = messages;
        this.fonts = fonts;
        this.onChange = onChange;
    }

    /** The style the legend of {@code layer} shows. */
    LayerStyle styleOf(MapLayer layer) {
        return drawn.getOrDefault(layer.tableName(), layer.style());
    }

    /** Takes the styles the map draws (table → style); the rows redraw only when one differs from before. */
    void showDrawnStyles(Map<String, LayerStyle> styles) {
        if (!styles.equals(drawn)) {
            drawn = Map.copyOf(styles);
            onChange.run();
        }
    }

    boolean isOpen(String tableName) {
        return open.contains(tableName);
    }

    /** Opens or closes one layer's legend. */
    void setOpen(String tableName, boolean shown) {
        if (shown ? open.add(tableName) : open.remove(tableName)) {
            onChange.run();
        }
    }

    /** Opens ({@code shown}) or closes the legends of all these layers at once. */
    void setAllOpen(List<MapLayer> layers, boolean shown) {
        boolean changed = false;
        for (MapLayer layer : layers) {
            changed |= shown ? open.add(layer.tableName()) : open.remove(layer.tableName());
        }
        if (changed) {
            onChange.run();
        }
    }

    /**
     * The node before a layer's title: its symbol ({@code #layerSwatch-<table>}) when the style has no classes,
     * else the toggle that opens or closes the legend.
     */
    Node symbolOrToggle(MapLayer layer) {
        LayerStyle style = styleOf(layer);
        if (style.legendRows().isEmpty()) {
            LegendSwatchView swatch = new LegendSwatchView(style.base(), kindOf(layer), fonts);
            swatch.setId("layerSwatch-" + layer.tableName());
            return swatch;
        }
        boolean isOpen = isOpen(layer.tableName());
        Button toggle = new Button(isOpen ? "▾" : "▸");
        toggle.setId("layerLegendToggle-" + layer.tableName());
        toggle.getStyleClass().add("legend-toggle");
        toggle.setTooltip(new Tooltip(messages.get(isOpen ? "layers.legend.close" : "layers.legend.open")));
        toggle.setMinWidth(LegendSwatchView.WIDTH_PX);
        toggle.setPrefWidth(LegendSwatchView.WIDTH_PX);
        toggle.setMinHeight(Region.USE_PREF_SIZE);
        toggle.setOnAction(e -> setOpen(layer.tableName(), !isOpen));
        return toggle;
    }

    /** The open legend of a classified layer, empty when closed or single-symbol. */
    Optional<LegendView> openLegend(MapLayer layer) {
        List<LegendRow> rows = styleOf(layer).legendRows();
        if (rows.isEmpty() || !isOpen(layer.tableName())) {
            return Optional.empty();
        }
        return Optional.of(new LegendView(layer.tableName(), rows, kindOf(layer), messages.labels(), fonts));
    }

    private static GeometryKind kindOf(MapLayer layer) {
        return layer.info().type().geometryKind();
    }
}
