package rectimap.ui.identify;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import rectimap.model.Feature;
import rectimap.model.LayerInfo;
import rectimap.ui.Messages;

/** The identify panel: the attributes of the feature last clicked on the map. */
public final class IdentifyView extends VBox {
    private final Messages messages;
    private final TableView<IdentifyRow> table = new TableView<>();
    private final javafx.scene.control.Button edit = new javafx.scene.control.Button();
    private java.util.function.BiConsumer<String, Long> onEdit = (table, id) -> { };
    private Feature shown;
    private LayerInfo shownLayer;

    public IdentifyView(Messages messages) {
        this.messages = messages;
        setId("identifyPanel");
        getStyleClass().add("side-panel");
        Label title = new Label(messages.get("identify.title"));
        title.getStyleClass().add("panel-title");
        table.setId("identifyTable");
        table.setPlaceholder(new Label(messages.get("identify.hint")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<IdentifyRow, String> field = new TableColumn<>(messages.get("identify.field"));
        field.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        field.setPrefWidth(90);
        TableColumn<IdentifyRow, String> value = new TableColumn<>(messages.get("identify.value"));
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        table.getColumns().add(field);
        table.getColumns().add(value);
        VBox.setVgrow(table, Priority.ALWAYS);
        edit.setId("btnEditAttributes");
        edit.setText(messages.get("identify.edit"));
        edit.setVisible(false);
        edit.setOnAction(e -> {
            if (shown != null) {
                onEdit.accept(shownLayer.tableName(), shown.id());
            }
        });
        getChildren().addAll(title, table, edit);
    }

    /** Where "编辑属性" sends the shown feature (table name, feature id); only planning features offer it. */
    public void setOnEdit(java.util.function.BiConsumer<String, Long> listener) {
        this.onEdit = listener;
    }

    /** Shows this feature's rows. */
    public void show(LayerInfo layer, Feature feature) {
        shown = feature;
        shownLayer = layer;
        edit.setVisible(layer.role() == rectimap.model.LayerRole.PLANNING);
        table.setItems(FXCollections.observableArrayList(IdentifyRows.of(layer, feature, messages)));
    }

    public void clear() {
        shown = null;
        edit.setVisible(false);
        table.setItems(FXCollections.observableArrayList());
    }

    /** The rows shown now, for tests and copy. */
    public List<IdentifyRow> rows() {
        return List.copyOf(table.getItems());
    }
}
