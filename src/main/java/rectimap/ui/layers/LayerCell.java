package rectimap.ui.layers;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.ui.Messages;

/**
 * One row of the layer panel: the layer's symbol (a single-symbol layer) or a toggle that opens its legend of classes
 * (a classified one, {@code #layerLegendToggle-<table>}), visibility box, title, read-only and 示意 marks, opacity
 * slider, and the legend when open; dragging a row onto another moves it there; the context menu opens the style
 * dialog or zooms to the layer. Dragging the slider previews; letting go (or a key or track click) asks for one step.
 * A row is as wide as the panel: a long title wraps onto further lines (its tooltip is the full title too) instead of
 * running out of sight, and widening the panel unwraps it.
 */
final class LayerCell extends ListCell<MapLayer> {
    private final Messages messages;
    private final LayerActions actions;
    private final BiConsumer<Integer, Integer> onMove;
    private final LayerLegends legends;

    LayerCell(Messages messages, LayerActions actions, BiConsumer<Integer, Integer> onMove, LayerLegends legends) {
        this.messages = messages;
        this.actions = actions;
        this.onMove = onMove;
        this.legends = legends;
        // As wide as the list, never wider: no title runs out of sight behind a horizontal scroll bar.
        setPrefWidth(0);
        setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(Integer.toString(getIndex()));
            board.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getGestureSource() != this && e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasString()) {
                int from = Integer.parseInt(e.getDragboard().getString());
                int to = getItem() == null ? getListView().getItems().size() - 1 : getIndex();
                onMove.accept(from, to);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** The row's height at the list's width, so a wrapped title gets its lines (a cell's graphic is asked unbounded). */
    @Override
    protected double computePrefHeight(double width) {
        double inner = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
        return getGraphic() == null || inner <= 0 ? super.computePrefHeight(width)
                : getGraphic().prefHeight(inner) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void updateItem(MapLayer layer, boolean empty) {
        super.updateItem(layer, empty);
        if (empty || layer == null) {
            setGraphic(null);
            setContextMenu(null);
            return;
        }
        String title = messages.labels().layerTitle(layer.info());
        CheckBox visible = new CheckBox(title);
        visible.setId("layerVisible-" + layer.tableName());
        visible.setSelected(layer.visible());
        visible.setWrapText(true);
        visible.setTooltip(new Tooltip(title));
        visible.selectedProperty().addListener((o, was, now) -> actions.setVisible(layer.tableName(), now));
        HBox top = new HBox(6, legends.symbolOrToggle(layer), visible);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(visible, Priority.ALWAYS);
        HBox marks = new HBox(4);
        marks.setAlignment(Pos.CENTER_LEFT);
        // Sample titles already say 示意; the mark is for schematic layers whose title does not.
        if (layer.info().isSchematic()
                && !title.toLowerCase(Locale.ROOT).contains(messages.get("badge.schematic").toLowerCase(Locale.ROOT))) {
            Label schematic = new Label(messages.get("layers.schematic"));
            schematic.getStyleClass().add("schematic-mark");
            marks.getChildren().add(schematic);
        }
        if (layer.info().role() == LayerRole.REFERENCE) {
            Label lock = new Label(messages.get("layers.readOnlyMark"));
            lock.getStyleClass().add("read-only-mark");
            lock.setTooltip(new Tooltip(messages.get("layers.readOnly")));
            marks.getChildren().add(lock);
        }
        Slider opacity = new Slider(0, 1, layer.opacity());
        opacity.setId("layerOpacity-" + layer.tableName());
        opacity.setTooltip(new Tooltip(messages.get("layers.opacity")));
        opacity.setPrefWidth(120);
        opacity.valueProperty().addListener((o, was, now) -> {
            if (opacity.isValueChanging()) {
                actions.previewOpacity(layer.tableName(), now.doubleValue());
            } else {
                actions.setOpacity(layer.tableName(), now.doubleValue());
            }
        });
        // A drag ends here: one step from the opacity before the drag (an unchanged value records nothing).
        opacity.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                actions.setOpacity(layer.tableName(), opacity.getValue());
            }
        });
        Region indent = new Region();
        indent.setPrefWidth(LegendSwatchView.WIDTH_PX + 22);
        HBox bottom = new HBox(6, indent, opacity, marks);
        bottom.setAlignment(Pos.CENTER_LEFT);
        // In a narrow panel the slider gives way before the marks.
        opacity.setMinWidth(48);
        marks.setMinWidth(Region.USE_PREF_SIZE);
        VBox row = new VBox(2, top, bottom);
        legends.openLegend(layer).ifPresent(legend -> {
            VBox.setMargin(legend, new Insets(2, 0, 2, LegendSwatchView.WIDTH_PX + 6));
            row.getChildren().add(legend);
        });
        setGraphic(row);
        MenuItem style = new MenuItem(messages.get("layers.style"));
        style.setId("layerStyleMenu-" + layer.tableName());
        style.setOnAction(e -> actions.editStyle(layer.tableName()));
        MenuItem zoom = new MenuItem(messages.get("layers.zoomTo"));
        zoom.setId("layerZoomMenu-" + layer.tableName());
        zoom.setOnAction(e -> actions.zoomTo(layer.tableName()));
        setContextMenu(new ContextMenu(style, zoom));
    }
}
