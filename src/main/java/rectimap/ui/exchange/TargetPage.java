package rectimap.ui.exchange;

import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import rectimap.campaign.planning.FieldAliases;
import rectimap.exchange.FieldMatching;
import rectimap.exchange.SourceSchema;
import rectimap.model.Field;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.ui.Messages;
import rectimap.ui.TextConverter;

/**
 * Step 2 of the import wizard: a new layer (title, reference or planning) or an append into a planning layer with
 * the field-mapping table — every target field (by its Chinese label) with the source field that fills it,
 * matched automatically by name and label and changeable.
 */
final class TargetPage extends VBox {
    final RadioButton newLayer;
    final RadioButton append;
    final TextField title = new TextField();
    final ComboBox<String> role = new ComboBox<>();
    final ComboBox<MapLayer> appendLayer = new ComboBox<>();
    final GridPane mapping = new GridPane();
    private final Messages messages;
    private final ImportChoices choices;
    private SourceSchema schema;

    TargetPage(Messages messages, ImportChoices choices, Project project) {
        this.messages = messages;
        this.choices = choices;
        setId("importStepTarget");
        setSpacing(8);
        ToggleGroup group = new ToggleGroup();
        newLayer = new RadioButton(messages.get("import.targetNew"));
        newLayer.setId("importTargetNew");
        newLayer.setToggleGroup(group);
        append = new RadioButton(messages.get("import.targetAppend"));
        append.setId("importTargetAppend");
        append.setToggleGroup(group);
        newLayer.setSelected(true);
        title.setId("importLayerTitle");
        role.setId("importLayerRole");
        role.setItems(FXCollections.observableArrayList(messages.get("import.roleReference"),
                messages.get("import.rolePlanning")));
        role.getSelectionModel().select(0);
        appendLayer.setId("importAppendLayer");
        appendLayer.setItems(FXCollections.observableArrayList(project.layers().stream()
                .filter(l -> l.info().role() == LayerRole.PLANNING).toList()));
        appendLayer.setConverter(TextConverter.of(l -> l.info().title()));
        appendLayer.setDisable(appendLayer.getItems().isEmpty());
        append.setDisable(appendLayer.getItems().isEmpty());
        mapping.setId("importMapping");
        mapping.setHgap(12);
        mapping.setVgap(4);
        ScrollPane mappingScroll = new ScrollPane(mapping);
        mappingScroll.setPrefViewportHeight(220);
        appendLayer.valueProperty().addListener((o, a, b) -> rebuildMapping());
        group.selectedToggleProperty().addListener((o, a, b) -> {
            boolean appending = append.isSelected();
            title.setDisable(appending);
            role.setDisable(appending);
            appendLayer.setDisable(!appending);
            mappingScroll.setDisable(!appending);
        });
        appendLayer.setDisable(true);
        mappingScroll.setDisable(true);
        getChildren().addAll(newLayer, new HBox(8, new Label(messages.get("import.layerTitle")), title,
                        new Label(messages.get("import.layerRole")), role),
                append, new HBox(8, new Label(messages.get("import.appendLayer")), appendLayer),
                new Label(messages.get("import.mappingHint")), mappingScroll);
    }

    /** Takes the source's schema (fields to map, the default title). */
    void showSource(SourceSchema sourceSchema) {
        schema = sourceSchema;
        if (title.getText().isBlank()) {
            title.setText(sourceSchema.name());
        }
        rebuildMapping();
    }

    /** Copies the choices into {@code choices}. */
    void commit() {
        choices.appendTarget = append.isSelected();
        choices.newTitle = title.getText().isBlank() ? (schema == null ? "" : schema.name()) : title.getText().trim();
        choices.newRole = role.getSelectionModel().getSelectedIndex() == 1 ? LayerRole.PLANNING : LayerRole.REFERENCE;
        choices.appendTable = appendLayer.getValue() == null ? null : appendLayer.getValue().tableName();
        choices.sourceByTarget.clear();
        for (javafx.scene.Node node : mapping.getChildren()) {
            if (node instanceof ComboBox<?> box && box.getValue() != null && !box.getValue().toString().isEmpty()
                    && box.getUserData() instanceof String target) {
                choices.sourceByTarget.put(target, box.getValue().toString());
            }
        }
    }

    private void rebuildMapping() {
        mapping.getChildren().clear();
        MapLayer layer = appendLayer.getValue();
        if (layer == null || schema == null) {
            return;
        }
        Map<String, String> auto = FieldMatching.auto(layer.info().type().fields(), schema.fields(),
                FieldAliases.of(layer.info().type()));
        mapping.addRow(0, new Label(messages.get("import.mappingTarget")), new Label(messages.get("import.mappingSource")));
        int row = 1;
        List<String> sources = new java.util.ArrayList<>();
        sources.add("");
        schema.fields().forEach(f -> sources.add(f.name()));
        for (Field field : layer.info().type().fields()) {
            if (field.isDerived()) {
                continue;
            }
            String label = messages.labels().field(layer.info().type(), field.name());
            ComboBox<String> source = new ComboBox<>(FXCollections.observableArrayList(sources));
            source.setId("map_" + field.name());
            source.setUserData(field.name());
            source.setValue(auto.getOrDefault(field.name(), ""));
            mapping.addRow(row++, new Label(label), source);
        }
    }
}
