package rectimap.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import rectimap.exchange.ReportFileExport;
import rectimap.model.Project;
import rectimap.report.ReportFigures;
import rectimap.ui.Messages;

/**
 * The report window's exports: XLSX, CSV and PDF written by {@link ReportFileExport} (the same code as the CLI's
 * {@code report --format}) on a background task. FX thread for the call.
 */
public final class FileReportExports implements ReportExports {
    private final Messages messages;
    private final Supplier<Project> project;

    public FileReportExports(Messages messages, Supplier<Project> project) {
        this.messages = messages;
        this.project = project;
    }

    @Override
    public void export(Format format, ReportFigures figures, Window owner, Consumer<String> status) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("统计报表." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + extension));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            write(format, figures, chosen.toPath(), status);
        }
    }

    /** Writes the report to {@code target} in {@code format} in the background; the task says when it is done. */
    public Task<Path> write(Format format, ReportFigures figures, Path target, Consumer<String> status) {
        Project snapshot = project.get();
        ReportFileExport.Format fileFormat = ReportFileExport.Format.valueOf(format.name());
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                ReportFileExport.write(fileFormat, figures, snapshot, target);
                return target;
            }
        };
        task.setOnSucceeded(e -> status.accept(messages.format("report.exported", target)));
        task.setOnFailed(e -> status.accept(messages.format("report.exportFailed", task.getException().getMessage())));
        Thread thread = new Thread(task, "report-" + format.name().toLowerCase(Locale.ROOT));
        thread.setDaemon(true);
        thread.start();
        return task;
    }
}
