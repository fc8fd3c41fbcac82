package rectimap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rectimap.exchange.AtomicFileWrite;
import rectimap.model.Project;
import rectimap.print.PreparedSheet;
import rectimap.print.SheetContent;
import rectimap.print.SheetException;
import rectimap.print.SheetExtent;
import rectimap.print.SheetPdfWriter;
import rectimap.print.SheetSpec;
import rectimap.print.SheetTable;
import rectimap.print.TabledSheet;
import rectimap.report.ReportFigures;
import rectimap.report.ReportSheetData;
import rectimap.report.ReportTable;

/** Writes the report in a file format for {@link ReportCommand}; returns the exit code. */
final class ReportFiles {
    private ReportFiles() {
    }

    static int write(ReportFormat format, ReportFigures figures, Project project, Path out, PrintStream stdout,
            PrintStream err) {
        if (format != ReportFormat.PDF) {
            err.println("report: --format " + format.word() + " is not available in this build (ledger export pending)");
            return 2;
        }
        Path target = out.toAbsolutePath();
        try {
            PreparedSheet sheet = sheet(figures, project);
            AtomicFileWrite.write(target, stream -> SheetPdfWriter.write(List.of(sheet), stream));
        } catch (SheetException e) {
            err.println("report: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("report: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        stdout.println("wrote " + target);
        return 0;
    }

    /** The report sheet: the district (or the chosen township) with the summary and tables in the side panel. */
    static PreparedSheet sheet(ReportFigures figures, Project project) throws SheetException {
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
        // No legend: the side panel's room goes to the summary and the tables, the report's content.
        java.util.Set<rectimap.print.SheetElement> elements = java.util.EnumSet.noneOf(rectimap.print.SheetElement.class);
        for (rectimap.print.SheetElement element : rectimap.print.SheetElement.values()) {
            if (spec.shows(element) && element != rectimap.print.SheetElement.LEGEND) {
                elements.add(element);
            }
        }
        elements.add(rectimap.print.SheetElement.OVERVIEW_INSET);
        return TabledSheet.prepare(spec.withElements(elements), SheetContent.of(project), tables);
    }
}
