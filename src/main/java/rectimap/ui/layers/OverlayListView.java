package rectimap.ui.layers;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import rectimap.model.style.LegendRow;
import rectimap.ui.FxFonts;
import rectimap.ui.Messages;

/**
 * The panel's list of analysis overlays ({@code #overlayList}): one row per overlay with its on/off box
 * ({@code #overlayVisible-<id>}) and its legend — the classes ({@code #legendRow-<id>-<n>}) or its one symbol
 * ({@code #layerSwatch-<id>}). Switching is display only: no step in the history. FX thread only.
 */
final class OverlayListView extends VBox {
    private final Messages messages;
    private final FxFonts fonts;
    private final LayerActions actions;
    private List<OverlayEntry> shown = List.of();

    OverlayListView(Messages messages, FxFonts fonts, LayerActions actions) {
        super(2);
        this.messages = messages;
        this.fonts = fonts;
        this.actions = actions;
        setId("overlayList");
        setPadding(new Insets(0, 8, 6, 8));
    }

    /** Shows these overlays (rebuilt only when they differ from those shown). */
    void show(List<OverlayEntry> overlays) {
        if (overlays.equals(shown)) {
            return;
        }
        shown = List.copyOf(overlays);
        getChildren().clear();
        for (OverlayEntry entry : overlays) {
            String id = entry.overlay().id();
            CheckBox box = new CheckBox(entry.title());
            box.setId("overlayVisible-" + id);
            box.setSelected(entry.shown());
            // A long title wraps within the panel, as the layers' titles do.
            box.setWrapText(true);
            box.setTooltip(new Tooltip(messages.get("layers.overlay.displayOnly")));
            box.selectedProperty().addListener((o, was, now) -> actions.setOverlayShown(entry.overlay(), now));
            List<LegendRow> rows = entry.style().legendRows();
            if (rows.isEmpty()) {
                LegendSwatchView swatch = new LegendSwatchView(entry.style().base(), entry.kind(), fonts);
                swatch.setId("layerSwatch-" + id);
                HBox line = new HBox(6, swatch, box);
                line.setAlignment(Pos.CENTER_LEFT);
                getChildren().add(line);
            } else {
                Region slot = new Region();
                slot.setMinWidth(LegendSwatchView.WIDTH_PX);
                HBox line = new HBox(6, slot, box);
                line.setAlignment(Pos.CENTER_LEFT);
                LegendView legend = new LegendView(id, rows, entry.kind(), messages.labels(), fonts);
                VBox.setMargin(legend, new Insets(0, 0, 2, LegendSwatchView.WIDTH_PX + 6));
                getChildren().addAll(line, legend);
            }
        }
    }
}
