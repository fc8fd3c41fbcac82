package rectimap.ui.print;

import rectimap.ui.DialogButtons;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import rectimap.print.ExportFormat;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import rectimap.ui.Messages;

/**
 * The dialog's buttons: 导出 PDF…, 导出 PNG… (a background {@link SheetExport} with progress and 取消), 打印…
 * ({@link SheetPrinting}); what happened goes to the status label, failures also to an error box in the UI
 * language naming the file. FX thread.
 */
final class PrintActions {
    private final Stage owner;
    private final Messages messages;
    private final SheetOutput output;
    private final Supplier<List<PlannedSheet>> sheets;
    private final Supplier<SheetDesign> design;
    private final Button exportPdf;
    private final Button exportPng;
    private final Button print;
    private final Button cancel;
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private TargetChooser chooser = TargetChooser.system();
    private ActionGate gate = ActionGate.ALWAYS;
    private SheetExport running;
    /** What the last export wrote; empty before the first finished. */
    private Optional<ExportReport> lastReport = Optional.empty();

    PrintActions(Stage owner, Messages messages, SheetOutput output, Supplier<List<PlannedSheet>> sheets,
                 Supplier<SheetDesign> design) {
        this.owner = owner;
        this.messages = messages;
        this.output = output;
        this.sheets = sheets;
        this.design = design;
        exportPdf = button("printExportPdf", "print.exportPdf", () -> export(ExportFormat.PDF));
        exportPng = button("printExportPng", "print.exportPng", () -> export(ExportFormat.PNG));
        print = button("printPrint", "print.print", this::printSheet);
        cancel = button("printCancel", "print.cancel", () -> {
            if (running != null) {
                running.cancel();
            }
        });
        cancel.setVisible(false);
        status.setId("printStatus");
        progress.setId("printProgress");
        progress.setVisible(false);
        progress.setPrefWidth(160);
    }

    Button exportPdf() {
        return exportPdf;
    }

    Button exportPng() {
        return exportPng;
    }

    Button print() {
        return print;
    }

    Button cancel() {
        return cancel;
    }

    Label status() {
        return status;
    }

    ProgressBar progress() {
        return progress;
    }

    void setTargetChooser(TargetChooser targets) {
        chooser = targets;
    }

    void setGate(ActionGate newGate) {
        gate = newGate;
    }

    private boolean gatePasses(String verbKey) {
        return gate.mayRun(owner, messages.get(verbKey));
    }

    Optional<ExportReport> lastReport() {
        return lastReport;
    }

    private void export(ExportFormat format) {
        List<PlannedSheet> planned = sheets.get();
        SheetDesign chosen = design.get();
        if (planned.isEmpty()) {
            fail(messages.format("print.error.noPages", messages.get("print.atlas." + chosen.atlas().name())));
            return;
        }
        if (!gatePasses(format == ExportFormat.PDF ? "print.verb.exportPdf" : "print.verb.exportPng")) {
            return;
        }
        String extension = format == ExportFormat.PDF ? "pdf" : "png";
        Optional<Path> target = SheetExport.writesFolder(format, chosen.atlasFiles(), planned.size())
                ? chooser.folder(owner, messages.get("print.chooseFolder"))
                : chooser.file(owner, SheetExport.fileName(planned.get(0).spec().title()), extension);
        if (target.isEmpty()) {
            return;
        }
        SheetExport task = new SheetExport(output, planned, format, chosen.atlasFiles(), chosen.preset(),
                target.get(), messages);
        running = task;
        busy(true);
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            done();
            ExportReport report = task.getValue();
            lastReport = Optional.of(report);
            status.setText(report.files().size() == 1
                    ? messages.format("print.exported", report.files().get(0), report.pages())
                    : messages.format("print.exportedFiles", report.files().size(), target.get(), report.pages()));
        });
        task.setOnCancelled(e -> {
            done();
            status.setText(messages.get("print.cancelled"));
        });
        task.setOnFailed(e -> {
            done();
            fail(ExportFailureText.of(task.getException(), target.get(), messages));
        });
        Thread thread = new Thread(task, "print-export");
        thread.setDaemon(true);
        thread.start();
    }

    private void printSheet() {
        if (!gatePasses("print.verb.print")) {
            return;
        }
        PlannedSheet sheet = sheets.get().get(0);
        new SheetPrinting(messages, status::setText).print(owner, sheet.spec().orientation(), dpi -> {
            try {
                return output.image(sheet, dpi);
            } catch (Exception e) {
                throw new IllegalStateException(PrintCore.reason(e, messages), e);
            }
        }, this::noPrinter);
    }

    private void noPrinter(String sentence) {
        status.setText(sentence);
        Alert alert = DialogButtons.alert(messages, Alert.AlertType.WARNING, sentence);
        alert.initOwner(owner);
        alert.setTitle(messages.get("print.noPrinter.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("printNoPrinterDialog");
        alert.show();
    }

    private void done() {
        running = null;
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        busy(false);
    }

    private void busy(boolean exporting) {
        exportPdf.setDisable(exporting);
        exportPng.setDisable(exporting);
        print.setDisable(exporting);
        cancel.setVisible(exporting);
        progress.setVisible(exporting);
    }

    private void fail(String sentence) {
        status.setText(sentence);
        Alert alert = DialogButtons.alert(messages, Alert.AlertType.ERROR, sentence);
        alert.initOwner(owner);
        alert.setTitle(messages.get("print.error.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("printErrorDialog");
        alert.show();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
