package rectimap.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import rectimap.exchange.AtomicFileWrite;
import rectimap.model.Project;
import rectimap.print.PreparedSheet;
import rectimap.print.SheetContent;
import rectimap.print.SheetElement;
import rectimap.print.SheetExtent;
import rectimap.print.SheetPdfWriter;
import rectimap.print.SheetSpec;
import rectimap.print.SheetTable;
import rectimap.print.TabledSheet;
import rectimap.report.ReportFigures;
import rectimap.report.ReportSheetData;
import rectimap.report.ReportTable;
import rectimap.ui.Messages;

/**
 * The report window's exports: PDF through the print layouts (the district or township map, the summary and the
 * tables in the side panel, no legend), written on a background task. XLSX and CSV wait for the ledger writer of
 * {@code exchange} and say so. FX thread for the call.
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
        if (format != Format.PDF) {
            status.accept(messages.format("report.unavailable", format.name()));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("统计报表.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            writePdf(figures, chosen.toPath(), status);
        }
    }

    /** Writes the report sheet to {@code target} in the background. */
    public Task<Path> writePdf(ReportFigures figures, Path target, Consumer<String> status) {
        Project snapshot = project.get();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                PreparedSheet sheet = sheet(figures, snapshot);
                AtomicFileWrite.write(target, out -> SheetPdfWriter.write(List.of(sheet), out));
                return target;
            }
        };
        task.setOnSucceeded(e -> status.accept(messages.format("report.exported", target)));
        task.setOnFailed(e -> status.accept(messages.format("report.exportFailed", task.getException().getMessage())));
        Thread thread = new Thread(task, "report-pdf");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private static PreparedSheet sheet(ReportFigures figures, Project project) throws Exception {
        ReportSheetData data = ReportSheetData.of(figures);
        List<SheetTable> tables = new ArrayList<>();
        tables.add(new SheetTable("文字总结", List.of(""), data.sentences().stream().map(List::of).toList()));
        for (ReportTable table : data.tables()) {
            tables.add(new SheetTable(table.title(), table.headers(), table.rows()));
        }
        String township = figures.filter().townshipCode();
        SheetExtent extent = township == null ? new SheetExtent.DistrictExtent()
                : new SheetExtent.DivisionExtent(township);
        SheetSpec spec = SheetSpec.of(extent).withTitle(data.title(), data.subtitle());
        Set<SheetElement> elements = EnumSet.of(SheetElement.OVERVIEW_INSET);
        for (SheetElement element : SheetElement.values()) {
            if (spec.shows(element) && element != SheetElement.LEGEND) {
                elements.add(element);
            }
        }
        return TabledSheet.prepare(spec.withElements(elements), SheetContent.of(project), tables);
    }
}
