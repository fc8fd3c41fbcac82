package rectimap.ui.layers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import rectimap.model.MapLayer;
import rectimap.ui.Messages;

/**
 * The layer panel. Lists layers top-most first (the reverse of drawing order). It changes nothing itself: each
 * change (visibility, opacity, order, style) goes to {@link LayerActions} as a request, and the panel shows the
 * project again through {@link #show} once the step is done (or undone). FX thread only.
 */
public final class LayerPanelView extends VBox {
    private final ListView<MapLayer> list = new ListView<>();
    private final LayerActions actions;

    public LayerPanelView(Messages messages, LayerActions actions) {
        this.actions = actions;
        setId("layerPanel");
        getStyleClass().add("side-panel");
        Label title = new Label(messages.get("layers.title"));
        title.getStyleClass().add("panel-title");
        list.setId("layerList");
        list.setCellFactory(v -> new LayerCell(messages, actions, this::move));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
    }

    /**
     * Shows the layers of a project, given in drawing order (bottom first), keeping the chosen layer chosen. The
     * same layers (the same instances, as after a feature edit elsewhere) are not shown again, so a click or drag in
     * the panel is never interrupted by an unrelated refresh.
     */
    public void show(List<MapLayer> drawingOrder) {
        List<MapLayer> topFirst = new ArrayList<>(drawingOrder);
        Collections.reverse(topFirst);
        if (sameInstances(topFirst, list.getItems())) {
            return;
        }
        MapLayer chosen = selected();
        list.setItems(FXCollections.observableArrayList(topFirst));
        if (chosen != null) {
            for (int i = 0; i < topFirst.size(); i++) {
                if (topFirst.get(i).tableName().equals(chosen.tableName())) {
                    list.getSelectionModel().select(i);
                }
            }
        }
    }

    /** Rebuilds the rows from the layers shown, e.g. after a request that recorded nothing. */
    public void refresh() {
        list.refresh();
    }

    /** The selected layer, or null. */
    public MapLayer selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** Asks to move the row at {@code from} to {@code to} (panel indices, top-first). */
    public void move(int from, int to) {
        int count = list.getItems().size();
        if (from < 0 || from >= count || to < 0 || to >= count || from == to) {
            return;
        }
        String table = list.getItems().get(from).tableName();
        list.getSelectionModel().select(from);
        actions.move(table, count - 1 - to);
    }

    private static boolean sameInstances(List<MapLayer> a, List<MapLayer> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
