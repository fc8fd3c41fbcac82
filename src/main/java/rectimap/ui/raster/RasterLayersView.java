package rectimap.ui.raster;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import rectimap.raster.RasterLayer;
import rectimap.ui.Messages;

/**
 * The 影像底图 part of the layer panel: one row per raster layer, top of the list drawn on top (the map draws the
 * first lowest), with its visibility ({@code #rasterVisible-<n>}), opacity ({@code #rasterOpacity-<n>}) and
 * 移除 ({@code #rasterRemove-<n>}), above them the layers still opening or that could not be; {@code #rasterAdd}
 * adds a file. Only asks {@link RasterActions}; redrawn by
 * {@link #show}.
 */
public final class RasterLayersView extends VBox {

    private final Messages messages;
    private final RasterActions actions;
    private final VBox rows = new VBox(4);

    public RasterLayersView(Messages messages, RasterActions actions) {
        this.messages = messages;
        this.actions = actions;
        setId("rasterLayers");
        setSpacing(4);
        setPadding(new Insets(6, 4, 6, 4));
        Label title = new Label(messages.get("raster.panel.title"));
        title.setId("rasterTitle");
        title.getStyleClass().add("section-title");
        Button add = new Button(messages.get("raster.add"));
        add.setId("rasterAdd");
        add.setOnAction(e -> actions.chooseAndAdd());
        getChildren().addAll(title, rows, add);
        show(List.of(), List.of());
    }

    /**
     * Shows {@code layers} (first lowest: listed last) under the rows still opening ({@code #rasterLoading-<n>},
     * "正在打开 …") and the stored ones that could not be opened ({@code #rasterFailed-<n>}, with the sentence).
     */
    public void show(List<RasterLayer> layers, List<RasterActions.Pending> pending) {
        rows.getChildren().clear();
        for (int i = 0; i < pending.size(); i++) {
            RasterActions.Pending row = pending.get(i);
            Label line = new Label(row.problem() == null ? messages.format("raster.opening", row.name())
                    : messages.format("raster.failed", row.name(), row.problem()));
            line.setId((row.problem() == null ? "rasterLoading-" : "rasterFailed-") + i);
            line.setWrapText(true);
            line.setMaxWidth(Double.MAX_VALUE);
            if (row.problem() != null) {
                line.getStyleClass().add("problem-text");
            }
            rows.getChildren().add(line);
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            rows.getChildren().add(row(layers.get(i), i));
        }
    }

    private VBox row(RasterLayer layer, int index) {
        CheckBox visible = new CheckBox(layer.source().title());
        visible.setId("rasterVisible-" + index);
        visible.setSelected(layer.visible());
        visible.setOnAction(e -> actions.setVisible(index, visible.isSelected()));
        String credit = layer.source().attribution();
        visible.setTooltip(new Tooltip(layer.location() + (credit.isBlank() ? "" : "\n" + credit)));
        Button remove = new Button(messages.get("raster.remove"));
        remove.setId("rasterRemove-" + index);
        remove.setOnAction(e -> actions.remove(index));
        // A long title is cut (the tooltip has it whole); the button keeps its word.
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox top = new HBox(6, visible, remove);
        HBox.setHgrow(visible, Priority.ALWAYS);
        visible.setMaxWidth(Double.MAX_VALUE);
        Slider opacity = new Slider(0, 1, layer.opacity());
        opacity.setId("rasterOpacity-" + index);
        opacity.setTooltip(new Tooltip(messages.get("raster.opacity")));
        opacity.valueProperty().addListener((o, before, now) -> actions.previewOpacity(index, now.doubleValue()));
        opacity.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                actions.setOpacity(index, opacity.getValue());
            }
        });
        return new VBox(2, top, opacity);
    }
}
