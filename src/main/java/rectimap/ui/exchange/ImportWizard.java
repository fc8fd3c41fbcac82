package rectimap.ui.exchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import rectimap.exchange.CsvSource;
import rectimap.exchange.EncodingGuess;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.FeatureSource;
import rectimap.exchange.NewLayerNames;
import rectimap.exchange.ShapefileSources;
import rectimap.exchange.SourceFormat;
import rectimap.exchange.SourceSchema;
import rectimap.exchange.XlsxSource;
import rectimap.exchange.shapefile.ShapefileOptions;
import rectimap.exchange.shapefile.ShapefileSource;
import rectimap.ui.Messages;

/**
 * The import wizard (导入向导): 1 source (encoding, columns, CRS) → 2 target (new layer or append with field
 * mapping) → 3 invalid geometries, progress with cancel, result ({@link ImportRunPage}, run by {@link ImportJob}:
 * a new layer streamed into the file, an append read whole as one undoable step). Files are read on background
 * tasks; cancel or any problem leaves the project untouched. Window-modal: while an import writes, the window
 * takes no edits (they would only queue behind it).
 */
public final class ImportWizard {
    private final Stage stage = new Stage();
    private final Messages messages;
    private final ImportContext context;
    private final ImportChoices choices;
    private final SourceFormat format;
    private final SourcePage source;
    private final TargetPage target;
    private final ImportRunPage runPage;
    private final ImportJob job;
    private final StackPane pages = new StackPane();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button run = new Button();
    private final Button cancel = new Button();
    private final Button close = new Button();
    private SourceSchema schema;
    private int step;
    private long loadGeneration;

    ImportWizard(Window owner, Messages messages, ImportContext context, java.nio.file.Path file, SourceFormat format) {
        this.messages = messages;
        this.context = context;
        this.choices = new ImportChoices(file);
        this.format = format;
        source = new SourcePage(messages, choices, format);
        target = new TargetPage(messages, choices, context.project());
        runPage = new ImportRunPage(messages);
        job = new ImportJob(messages, context, choices, runPage, this::ended);
        pages.getChildren().addAll(source, target, runPage);
        button(back, "importBack", "import.back", () -> show(step - 1));
        button(next, "importNext", "import.next", () -> show(step + 1));
        button(run, "importRun", "import.run", this::startImport);
        button(cancel, "importCancel", "import.cancel", job::cancel);
        button(close, "importClose", "import.close", stage::close);
        // Closing the wizard while an import runs cancels it (rolled back) rather than leaving it unseen.
        stage.setOnCloseRequest(e -> {
            if (job.running()) {
                job.cancel();
                e.consume();
            }
        });
        HBox buttons = new HBox(8, back, next, run, cancel, close);
        BorderPane root = new BorderPane(pages, null, null, buttons, null);
        root.setId("importWizard");
        root.setPadding(new Insets(12));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        stage.setScene(new Scene(root, 720, 560));
        stage.setTitle(messages.format("import.title", file.getFileName()));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        wireSourceOptions();
        show(0);
        loadSource();
    }

    /** Shows the wizard (returns at once). */
    public void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private void wireSourceOptions() {
        source.encoding.valueProperty().addListener((o, a, b) -> loadSource());
        for (var column : List.of(source.xColumn, source.yColumn)) {
            column.valueProperty().addListener((o, a, b) -> {
                if (!source.filling) {
                    loadSource();
                }
            });
        }
        source.axisOrder.valueProperty().addListener((o, a, b) -> loadSource());
        source.sourceLayer.valueProperty().addListener((o, a, b) -> {
            loadSource();
            if (format == SourceFormat.SHAPEFILE) {
                inspectShapefile();
            }
        });
        if (format == SourceFormat.CSV) {
            background(() -> {
                EncodingGuess guess = CsvSource.guessEncoding(choices.file());
                List<List<String>> utf8 = CsvSource.preview(choices.file(), StandardCharsets.UTF_8, 6);
                List<List<String>> gb = CsvSource.preview(choices.file(), Charset.forName("GB18030"), 6);
                return new Object[] {guess, utf8, gb};
            }, found -> {
                EncodingGuess guess = (EncodingGuess) found[0];
                @SuppressWarnings("unchecked") List<List<String>> utf8 = (List<List<String>>) found[1];
                @SuppressWarnings("unchecked") List<List<String>> gb = (List<List<String>>) found[2];
                List<String> headers = (guess.charset().name().equals("UTF-8") ? utf8 : gb).get(0);
                source.xColumn.getItems().setAll(headers);
                source.yColumn.getItems().setAll(headers);
                showEncoding(EncodingPreviewText.of(guess, utf8, gb));
            });
        }
        if (format == SourceFormat.XLSX) {
            background(() -> XlsxSource.headers(choices.file()), headers -> {
                source.xColumn.getItems().setAll(headers);
                source.yColumn.getItems().setAll(headers);
            });
        }
        if (format == SourceFormat.SHAPEFILE) {
            background(() -> ShapefileSources.shapefilesInZip(choices.file()), inZip -> {
                source.sourceLayer.getItems().setAll(inZip);
                if (inZip.size() == 1) {
                    source.sourceLayer.setValue(inZip.get(0));
                }
            });
            inspectShapefile();
        }
        if (format == SourceFormat.GEOPACKAGE) {
            background(() -> context.opener().geoPackages().tableNames(choices.file()),
                    names -> source.sourceLayer.getItems().setAll(names));
        }
    }

    /** The encoding preview of the Shapefile (the chosen one of a zip that holds several). */
    private void inspectShapefile() {
        String member = source.sourceLayer.getValue();
        background(() -> EncodingPreviewText.of(ShapefileSource.inspect(choices.file(),
                ShapefileOptions.DETECT.withZipMember(member))), this::showEncoding);
    }

    /** Reads the file with the current options in the background and shows what it holds (or why not). */
    private void loadSource() {
        choices.encoding = source.chosenEncoding();
        choices.xColumn = source.xColumn.getValue();
        choices.yColumn = source.yColumn.getValue();
        choices.sourceLayer = source.sourceLayer.getValue();
        choices.axisOrder = source.axisOrder.getValue();
        long generation = ++loadGeneration;
        next.setDisable(true);
        background(() -> {
            try (FeatureSource opened = context.opener().open(choices.file(), choices.sourceOptions())) {
                return SourceLook.of(opened);
            }
        }, loaded -> {
            schema = loaded.schema();
            source.showTable(loaded);
            source.showSchema(loaded.schema());
            target.showSource(loaded.schema());
            next.setDisable(false);
        }, () -> generation == loadGeneration);
    }

    private void show(int page) {
        if (step == 0 && page == 1) {
            choices.epsg = source.typedEpsg();
            if (choices.epsg <= 0 || !source.crsConfirmed.isSelected()) {
                source.crsNote.setText(messages.get("import.crsMissing"));
                return;
            }
            if (choices.encodingMissing()) {
                source.crsNote.setText(messages.get("import.encodingMissing"));
                return;
            }
        }
        if (step == 1 && page == 2) {
            target.commit();
            if (choices.appendTarget && choices.appendTable == null) {
                return;
            }
        }
        step = Math.max(0, Math.min(2, page));
        for (int i = 0; i < pages.getChildren().size(); i++) {
            pages.getChildren().get(i).setVisible(i == step);
        }
        back.setDisable(step == 0);
        next.setVisible(step < 2);
        next.setManaged(step < 2);
        run.setVisible(step == 2);
        run.setManaged(step == 2);
        cancel.setDisable(true);
        if (!context.writable()) {
            run.setDisable(true);
            runPage.result.setText(messages.get("import.readOnly"));
        }
    }

    private void startImport() {
        run.setDisable(true);
        back.setDisable(true);
        close.setDisable(true);
        cancel.setDisable(false);
        job.start(NewLayerNames.unique(schema.name(), context.project()),
                choices.appendTarget ? target.appendLayer.getValue().info().title() : null);
    }

    /** The import has ended (FX thread): a finished import cannot run again; a failed one may, with other choices. */
    private void ended(boolean success) {
        cancel.setDisable(true);
        close.setDisable(false);
        back.setDisable(false);
        run.setDisable(success);
    }

    private <T> void background(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        background(work, done, () -> true);
    }

    /**
     * Runs {@code work} off the FX thread; its result goes to {@code done}, its failure to the source step — both only
     * while {@code stillWanted} (a later reading with other options replaced it: neither its result nor its error,
     * which may arrive after the later one's, may overwrite what the later one showed).
     */
    private <T> void background(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done,
                                java.util.function.BooleanSupplier stillWanted) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            if (stillWanted.getAsBoolean()) {
                done.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (stillWanted.getAsBoolean()) {
                source.showProblem(task.getException() instanceof ExchangeException ex
                        ? ExchangeProblemText.of(messages, ex) : String.valueOf(task.getException()));
            }
        });
        Thread thread = new Thread(task, "import-preview");
        thread.setDaemon(true);
        thread.start();
    }

    /** Detection was unsure: show both readings and hold the wizard on this step until the user picks one. */
    private void showEncoding(EncodingPreviewText preview) {
        choices.encodingUnsure = preview.unsure();
        if (preview.unsure()) {
            source.showPreviews(preview.utf8(), preview.gb());
        }
    }


    private void button(Button button, String id, String key, Runnable action) {
        button.setId(id);
        button.setText(messages.get(key));
        button.setOnAction(e -> action.run());
    }
}
