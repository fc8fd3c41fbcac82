package rectimap.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import rectimap.edit.EditSession;
import rectimap.exchange.AppendLimit;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.LayerExport;
import rectimap.exchange.NewLayerImport;
import rectimap.exchange.NewLayerOutcome;
import rectimap.exchange.SourceFormat;
import rectimap.exchange.SourceOpener;
import rectimap.campaign.planning.PlanningRules;
import rectimap.model.ChangeSet;
import rectimap.model.LayerRules;
import rectimap.model.Project;
import rectimap.model.Selection;
import rectimap.ui.Messages;

/**
 * File → 导入…/导出… and files dropped on the map. The window supplies the current project, session, selection and
 * file; imports go through the {@link ImportWizard}, exports through the {@link ExportDialog}. FX thread.
 */
public final class ExchangeActions {

    /** What the window offers the exchange actions; every supplier is read on the FX thread when an action starts. */
    public record Window(javafx.stage.Window owner, Supplier<Project> project, Supplier<Optional<EditSession>> session,
                         Supplier<Boolean> writable, Supplier<Selection> selection, Supplier<String> activeTable,
                         java.util.function.BiFunction<NewLayerImport, ImportProgress,
                                 CompletableFuture<NewLayerOutcome>> importNewLayer, Runnable reopen,
                         Consumer<String> say) {
    }

    private final Messages messages;
    private final Window window;
    private final SourceOpener opener;
    private final LayerExport export;

    public ExchangeActions(Messages messages, Window window, SourceOpener.GeoPackageLayers geoPackages,
                           LayerExport.GeoPackageWriter geoPackageWriter, LayerExport.ShapefileWriter shapefileWriter) {
        this.messages = messages;
        this.window = window;
        this.opener = new SourceOpener(geoPackages);
        this.export = new LayerExport(geoPackageWriter, shapefileWriter);
    }

    /** File → 导入…: pick a file, then the wizard. */
    public void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("import.filter"),
                SourceFormat.patterns()));
        java.io.File chosen = chooser.showOpenDialog(window.owner());
        if (chosen != null) {
            importFile(chosen.toPath());
        }
    }

    /** Opens the import wizard on {@code file}; returns it (null when no project is open or the type is unknown). */
    public ImportWizard importFile(Path file) {
        Project project = window.project().get();
        Optional<SourceFormat> format = SourceFormat.of(file);
        if (project == null) {
            window.say().accept(messages.format("import.noProject", file.getFileName()));
            return null;
        }
        if (format.isEmpty()) {
            window.say().accept(messages.format("import.unknownType", file.getFileName(),
                    String.join(" ", SourceFormat.patterns())));
            return null;
        }
        // The append is checked off the FX thread by the same rules the editor keeps (the closing rule included).
        LayerRules rules = window.session().get().map(EditSession::rules).orElse(PlanningRules.INSTANCE);
        ImportContext context = new ImportContext(project, window.writable().get(), opener, this::executeStep,
                AppendLimit.ofThisJvm(), rules, window.importNewLayer(), window.reopen(), window.say());
        ImportWizard wizard = new ImportWizard(window.owner(), messages, context, file, format.get());
        wizard.show();
        return wizard;
    }

    /** File → 导出…; returns the dialog shown (null when no project is open). */
    public ExportDialog export() {
        Project project = window.project().get();
        if (project == null) {
            return null;
        }
        ExportDialog dialog = new ExportDialog(window.owner(), messages, project, window.selection().get(),
                window.activeTable().get(), export, window.say());
        dialog.show();
        return dialog;
    }

    /** Accepts files dragged over the map. */
    public void onDragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    /** A file dropped on the map starts the import wizard on it (on the first, when several are dropped). */
    public void onDragDropped(DragEvent event) {
        List<java.io.File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        event.setDropCompleted(!files.isEmpty());
        event.consume();
        if (!files.isEmpty()) {
            // One wizard at a time (it is modal): the first file is imported, the user is told about the rest.
            ImportWizard wizard = importFile(files.get(0).toPath());
            if (wizard != null && files.size() > 1) {
                window.say().accept(messages.format("import.oneAtATime", files.get(0).getName(), files.size() - 1));
            }
        }
    }

    private CompletableFuture<Void> executeStep(ChangeSet step) {
        return window.session().get().flatMap(s -> s.execute(step)).map(change -> change.durable())
                .orElse(CompletableFuture.failedFuture(new IllegalStateException("no editing session")));
    }
}
