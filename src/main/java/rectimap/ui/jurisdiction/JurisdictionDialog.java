package rectimap.ui.jurisdiction;

import rectimap.ui.DialogButtons;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import rectimap.campaign.jurisdiction.JurisdictionHistory;
import rectimap.campaign.jurisdiction.JurisdictionMove;
import rectimap.model.Feature;
import rectimap.model.Project;
import rectimap.ui.Messages;

/**
 * 调整隶属…: the villages to move (several may be chosen; a filter narrows the list; those selected on the map come
 * preselected), the township they move to and the effective date (today by default), and a note such as the
 * approval. The result is the move; the caller builds and executes its step. FX thread.
 */
public final class JurisdictionDialog extends Dialog<JurisdictionMove> {

    public JurisdictionDialog(Messages messages, Project project, Set<String> preselectedCodes, LocalDate today) {
        setTitle(messages.get("jurisdiction.title"));
        setHeaderText(messages.get("jurisdiction.header"));
        getDialogPane().setId("jurisdictionDialog");
        JurisdictionHistory history = JurisdictionHistory.of(project);
        List<Feature> townships = features(project, JurisdictionMove.TOWNSHIP_TABLE);
        List<Feature> villages = features(project, JurisdictionHistory.VILLAGE_TABLE);
        FilteredList<Feature> shown = new FilteredList<>(FXCollections.observableArrayList(villages));
        TextField filter = new TextField();
        filter.setId("jurisdictionVillageFilter");
        filter.setPromptText(messages.get("jurisdiction.filter"));
        ListView<Feature> villageList = new ListView<>(shown);
        villageList.setId("jurisdictionVillages");
        villageList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        villageList.setPrefHeight(260);
        villageList.setPrefWidth(440);
        villageList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Feature village, boolean empty) {
                super.updateItem(village, empty);
                setText(empty || village == null ? null : village.text("name") + "  " + village.text("code") + "  ("
                        + nameOf(townships, history.townshipOf(village.text("code"), today).orElse("")) + ")");
            }
        });
        filter.textProperty().addListener((o, a, typed) -> shown.setPredicate(v -> typed.isBlank()
                || v.text("name").contains(typed.strip()) || v.text("code").startsWith(typed.strip())));
        for (int i = 0; i < villages.size(); i++) {
            if (preselectedCodes.contains(villages.get(i).text("code"))) {
                villageList.getSelectionModel().select(i);
            }
        }
        ComboBox<Feature> township = new ComboBox<>(FXCollections.observableArrayList(townships));
        township.setId("jurisdictionTownship");
        township.setCellFactory(l -> nameCell());
        township.setButtonCell(nameCell());
        DatePicker date = new DatePicker(today);
        date.setId("jurisdictionDate");
        TextField note = new TextField();
        note.setId("jurisdictionNote");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("jurisdiction.villages")), filter);
        grid.add(villageList, 1, 1);
        grid.addRow(2, new Label(messages.get("jurisdiction.township")), township);
        grid.addRow(3, new Label(messages.get("jurisdiction.date")), date);
        grid.addRow(4, new Label(messages.get("jurisdiction.note")), note);
        getDialogPane().setContent(grid);
        ButtonType ok = DialogButtons.ok(messages);
        getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(messages));
        getDialogPane().lookupButton(ok).disableProperty().bind(township.valueProperty().isNull()
                .or(date.valueProperty().isNull())
                .or(javafx.beans.binding.Bindings.isEmpty(villageList.getSelectionModel().getSelectedItems())));
        setResultConverter(button -> button == ok ? new JurisdictionMove(
                villageList.getSelectionModel().getSelectedItems().stream().map(v -> v.text("code")).toList(),
                township.getValue().text("code"), date.getValue(), note.getText()) : null);
    }

    private static ListCell<Feature> nameCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Feature item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text("name"));
            }
        };
    }

    private static String nameOf(List<Feature> townships, String code) {
        return townships.stream().filter(t -> t.text("code").equals(code)).map(t -> t.text("name")).findFirst()
                .orElse(code);
    }

    private static List<Feature> features(Project project, String table) {
        return project.layer(table).map(l -> l.layer().features()).orElse(List.of());
    }
}
