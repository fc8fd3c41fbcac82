package rectimap.ui.layers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import rectimap.model.MapLayer;
import rectimap.ui.Messages;

/**
 * The layer panel. Lists layers top-most first (the reverse of drawing order); every change (visibility, opacity,
 * order) is reported as the new drawing-order list, bottom first.
 */
public final class LayerPanelView extends VBox {
    private final ListView<MapLayer> list = new ListView<>();
    private Consumer<List<MapLayer>> onLayersChanged = layers -> { };

    public LayerPanelView(Messages messages, Consumer<MapLayer> onZoomTo) {
        setId("layerPanel");
        getStyleClass().add("side-panel");
        Label title = new Label(messages.get("layers.title"));
        title.getStyleClass().add("panel-title");
        list.setId("layerList");
        list.setCellFactory(v -> new LayerCell(messages, this::replace, this::move, onZoomTo));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
    }

    public void setOnLayersChanged(Consumer<List<MapLayer>> listener) {
        this.onLayersChanged = listener;
    }

    /** Shows the layers of a project, given in drawing order (bottom first). */
    public void show(List<MapLayer> drawingOrder) {
        List<MapLayer> topFirst = new ArrayList<>(drawingOrder);
        Collections.reverse(topFirst);
        list.setItems(FXCollections.observableArrayList(topFirst));
    }

    /** The selected layer, or null. */
    public MapLayer selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** Moves the row at {@code from} to {@code to} (panel indices, top-first) and reports the new order. */
    public void move(int from, int to) {
        List<MapLayer> items = new ArrayList<>(list.getItems());
        if (from < 0 || from >= items.size() || to < 0 || to >= items.size() || from == to) {
            return;
        }
        MapLayer moved = items.remove(from);
        items.add(to, moved);
        list.setItems(FXCollections.observableArrayList(items));
        list.getSelectionModel().select(to);
        fire();
    }

    private void replace(MapLayer changed) {
        List<MapLayer> items = new ArrayList<>(list.getItems());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).tableName().equals(changed.tableName())) {
                items.set(i, changed);
            }
        }
        list.getItems().setAll(items);
        fire();
    }

    private void fire() {
        List<MapLayer> drawingOrder = new ArrayList<>(list.getItems());
        Collections.reverse(drawingOrder);
        onLayersChanged.accept(List.copyOf(drawingOrder));
    }
}
