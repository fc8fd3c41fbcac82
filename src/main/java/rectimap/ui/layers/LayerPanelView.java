package rectimap.ui.layers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import rectimap.model.MapLayer;
import rectimap.model.style.LayerStyle;
import rectimap.ui.FxFonts;
import rectimap.ui.Messages;
import rectimap.ui.map.MapViewModel;

/**
 * The layer panel. Lists layers top-most first (the reverse of drawing order), each with its symbol or a legend of its
 * classes that opens per layer ({@code #legendOpenAll} opens or closes them all), and below them the map's analysis
 * overlays ({@link OverlayListView}). It changes nothing itself: each change (visibility, opacity, order, style) goes
 * to {@link LayerActions} as a request, and the panel shows the project again through {@link #show} once the step is
 * done (or undone); {@link #showMap} keeps the legends and overlays in step with what the map draws. FX thread only.
 */
public final class LayerPanelView extends VBox {
    private final ListView<MapLayer> list = new ListView<>();
    private final LayerActions actions;
    private final Messages messages;
    private final LayerLegends legends;
    private final OverlayListView overlays;
    private final Button openAll = new Button();

    public LayerPanelView(Messages messages, LayerActions actions, FxFonts fonts) {
        this.actions = actions;
        this.messages = messages;
        this.legends = new LayerLegends(messages, fonts, this::legendsChanged);
        this.overlays = new OverlayListView(messages, fonts, actions);
        setId("layerPanel");
        getStyleClass().add("side-panel");
        Label title = new Label(messages.get("layers.title"));
        title.getStyleClass().add("panel-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        openAll.setId("legendOpenAll");
        openAll.getStyleClass().add("legend-open-all");
        openAll.setOnAction(e -> legends.setAllOpen(list.getItems(), !anyOpen()));
        HBox header = new HBox(title, gap, openAll);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 6, 0, 0));
        list.setId("layerList");
        list.setCellFactory(v -> new LayerCell(messages, actions, this::move, legends));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label overlayTitle = new Label(messages.get("layers.overlays"));
        overlayTitle.setId("overlayTitle");
        overlayTitle.getStyleClass().add("panel-title");
        getChildren().addAll(header, list, overlayTitle, overlays);
        legendsChanged();
    }

    /**
     * Shows what the map draws: each legend with the style the map uses now (e.g. cases by traffic light) and the
     * overlays it has. Cheap when nothing changed (called on every map change).
     */
    public void showMap(MapViewModel map) {
        Map<String, LayerStyle> drawn = new HashMap<>();
        map.renderLayersInOrder().forEach(l -> drawn.put(l.tableName(), l.mapLayer().style()));
        legends.showDrawnStyles(drawn);
        overlays.show(OverlayEntry.of(map, messages));
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
        showOpenAllText();
        if (chosen != null) {
            for (int i = 0; i < topFirst.size(); i++) {
                if (topFirst.get(i).tableName().equals(chosen.tableName())) {
                    list.getSelectionModel().select(i);
                }
            }
        }
    }

    /** Whether the legend of any layer shown is open. */
    private boolean anyOpen() {
        return list.getItems().stream().anyMatch(l -> legends.isOpen(l.tableName()));
    }

    private void legendsChanged() {
        showOpenAllText();
        list.refresh();
    }

    private void showOpenAllText() {
        openAll.setText(messages.get(anyOpen() ? "layers.legend.closeAll" : "layers.legend.openAll"));
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
