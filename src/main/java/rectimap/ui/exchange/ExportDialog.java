package rectimap.ui.exchange;

import rectimap.ui.DialogButtons;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import rectimap.exchange.ExportFormat;
import rectimap.exchange.LayerExport;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.Selection;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;
import rectimap.ui.TextConverter;

/**
 * File → 导出: a layer or its selected features to GeoPackage, Shapefile (GBK by default, UTF-8 on request),
 * GeoJSON, KML or a ledger (XLSX, CSV with BOM; Chinese column headers, English with --lang en). Written on a
 * background task through the atomic file writer; the outcome goes to the status bar and the dialog.
 */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final ComboBox<MapLayer> layer = new ComboBox<>();
    private final RadioButton whole;
    private final RadioButton selected;
    private final ComboBox<ExportFormat> format = new ComboBox<>(FXCollections.observableArrayList(ExportFormat.values()));
    private final ComboBox<String> encoding = new ComboBox<>(FXCollections.observableArrayList("GBK", "UTF-8"));
    private final Label result = new Label();
    private final Messages messages;
    private final LayerExport export;
    private final Selection selection;
    private final java.util.function.Consumer<String> say;

    public ExportDialog(Window owner, Messages messages, Project project, Selection selection, String preferredTable,
                        LayerExport export, java.util.function.Consumer<String> say) {
        this.messages = messages;
        this.export = export;
        this.selection = selection;
        this.say = say;
        layer.setId("exportLayer");
        layer.setItems(FXCollections.observableArrayList(project.layers()));
        layer.setConverter(TextConverter.of(l -> l.info().title()));
        layer.setValue(project.layer(preferredTable == null ? "" : preferredTable)
                .orElse(project.layers().isEmpty() ? null : project.layers().get(project.layers().size() - 1)));
        ToggleGroup scope = new ToggleGroup();
        whole = new RadioButton(messages.get("export.whole"));
        whole.setId("exportWhole");
        whole.setToggleGroup(scope);
        whole.setSelected(true);
        selected = new RadioButton();
        selected.setId("exportSelection");
        selected.setToggleGroup(scope);
        layer.valueProperty().addListener((o, a, b) -> showSelectionCount());
        showSelectionCount();
        format.setId("exportFormat");
        format.setValue(ExportFormat.GEOPACKAGE);
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : messages.get("export.format." + f.name());
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        encoding.setId("exportEncoding");
        encoding.setValue("GBK");
        encoding.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.SHAPEFILE));
        result.setId("exportResult");
        result.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("export.layer")), layer);
        grid.addRow(1, new Label(messages.get("export.scope")), new HBox(12, whole, selected));
        grid.addRow(2, new Label(messages.get("export.formatLabel")), format);
        grid.addRow(3, new Label(messages.get("export.encoding")), encoding);
        Button write = new Button(messages.get("export.write"));
        write.setId("exportWrite");
        write.setOnAction(e -> chooseAndWrite());
        Button close = new Button(messages.get("import.close"));
        close.setId("exportClose");
        close.setOnAction(e -> stage.close());
        VBox root = new VBox(12, grid, new HBox(8, write, close), result);
        root.setId("exportDialog");
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 560, 300));
        stage.setTitle(messages.get("export.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
    }

    public void show() {
        stage.show();
    }

    private void showSelectionCount() {
        int count = layer.getValue() == null ? 0 : selection.idsIn(layer.getValue().tableName()).size();
        selected.setText(messages.format("export.selection", count));
        selected.setDisable(count == 0);
        if (count == 0) {
            whole.setSelected(true);
        }
    }

    private void chooseAndWrite() {
        MapLayer chosen = layer.getValue();
        ExportFormat as = format.getValue();
        if (chosen == null || as == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title"));
        chooser.setInitialFileName(chosen.info().title() + "." + as.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(as.extension().toUpperCase(Locale.ROOT),
                "*." + as.extension()));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            write(chosen, as, file.toPath());
        }
    }

    /**
     * Writes the chosen layer (or its selection) in the chosen format to {@code target}, as Export… does after its
     * file chooser (window tests call this to skip the OS dialog). FX thread; the writing runs in the background.
     */
    public void writeTo(Path target) {
        if (layer.getValue() != null && format.getValue() != null) {
            write(layer.getValue(), format.getValue(), target);
        }
    }

    /** Writes in the background. */
    private void write(MapLayer chosen, ExportFormat as, Path target) {
        Layer content = selected.isSelected()
                ? LayerExport.selection(chosen.layer(), Set.copyOf(selection.idsIn(chosen.tableName())))
                : chosen.layer();
        boolean english = messages.language() == UiLanguage.EN;
        LayerExport.LedgerHeaders headers = new LayerExport.LedgerHeaders(english ? "ID" : "编号",
                f -> messages.labels().field(content.info().type(), f.name()));
        Charset charset = Charset.forName(encoding.getValue());
        if (as == ExportFormat.SHAPEFILE) {
            List<String> renamed = rectimap.exchange.ShapefileLayerWriter.renamedColumns(content, charset);
            if (!renamed.isEmpty()) {
                javafx.scene.control.Alert ask = DialogButtons.alert(messages,
                        javafx.scene.control.Alert.AlertType.CONFIRMATION,
                        messages.format("export.namesCut", String.join("\n", renamed)));
                ask.initOwner(stage);
                ask.getDialogPane().setId("exportNamesCut");
                if (!DialogButtons.isOk(ask.showAndWait().orElse(null))) {
                    return;
                }
            }
        }
        result.setText(messages.get("export.running"));
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                export.write(content, as, target, charset, headers);
                return null;
            }
        };
        task.setOnSucceeded(e -> done(messages.format("export.done", content.features().size(),
                chosen.info().title(), target)));
        task.setOnFailed(e -> done(messages.format("export.failed", target, task.getException().getMessage())));
        Thread thread = new Thread(task, "export");
        thread.setDaemon(true);
        thread.start();
    }

    private void done(String message) {
        result.setText(message);
        say.accept(message);
    }

}
