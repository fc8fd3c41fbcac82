package rectimap.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.media.PhotoArchive;
import rectimap.model.FeatureRef;
import rectimap.model.Project;
import rectimap.print.EvidencePages;
import rectimap.print.PreparedSheet;
import rectimap.print.SheetContent;
import rectimap.print.SheetElement;
import rectimap.print.SheetException;
import rectimap.print.SheetExtent;
import rectimap.print.SheetPdfWriter;
import rectimap.print.SheetSpec;
import rectimap.print.SheetTable;
import rectimap.report.ReportFigures;
import rectimap.report.ReportSheetData;
import rectimap.report.ReportTable;
import rectimap.report.ReportTables;
import rectimap.report.SummaryText;

/**
 * The statistics report as a file, the one code the CLI {@code report --format} and the report window's export
 * buttons share: XLSX (one workbook, a sheet per table) and CSV (UTF-8 with BOM, the tables one after another)
 * through {@link LedgerExport}; PDF through the print layouts (the district or township map with the summary and
 * the compact tables in the side panel, no legend). Every file goes through {@link AtomicFileWrite}. Off the FX
 * thread: the PDF reads the features near the frame.
 */
public final class ReportFileExport {
    /** The file formats a report is written in. */
    public enum Format { XLSX, CSV, PDF }

    private static final String SUMMARY_TITLE = "文字总结";

    private ReportFileExport() {
    }

    /** Writes {@code figures} of {@code project} to {@code target} in {@code format}. */
    public static void write(Format format, ReportFigures figures, Project project, Path target)
            throws IOException, SheetException {
        write(format, figures, project, PhotoArchive.NONE, target);
    }

    /**
     * As {@link #write(Format, ReportFigures, Project, Path)}; a PDF is followed by photo pages: 整改前 / 整改后 of
     * each supervision case of the report's township that has photos ({@code photos} is read while writing).
     */
    public static void write(Format format, ReportFigures figures, Project project, PhotoArchive photos,
                             Path target) throws IOException, SheetException {
        switch (format) {
            case XLSX -> LedgerExport.writeXlsx(ledgers(figures), target);
            case CSV -> LedgerExport.writeCsv(ledgers(figures), target);
            case PDF -> {
                PreparedSheet sheet = sheet(figures, project);
                EvidencePages pages = EvidenceRows.of(figures.scopeName() + " 督办件整改前后照片", project, photos,
                        cases(figures, project));
                AtomicFileWrite.write(target, out -> SheetPdfWriter.write(List.of(sheet), pages, out));
            }
        }
    }

    /** The supervision cases the report's township filter accepts (by their township code), in id order. */
    private static List<FeatureRef> cases(ReportFigures figures, Project project) {
        return project.layer(SupervisionCaseSchema.TABLE).map(layer -> layer.layer().features().stream()
                .filter(f -> figures.filter().acceptsTownship(f.text("town_code")))
                .map(f -> new FeatureRef(SupervisionCaseSchema.TABLE, f.id())).toList()).orElse(List.of());
    }

    /**
     * The summary (one cell) and then every table of {@link ReportTables}; numbers become number cells so a
     * spreadsheet sums them, the first column (kinds, statuses, township codes) stays text.
     */
    public static List<Ledger> ledgers(ReportFigures figures) {
        List<Ledger> ledgers = new ArrayList<>();
        ledgers.add(new Ledger(SUMMARY_TITLE, List.of(SUMMARY_TITLE),
                List.of(List.<Object>of(SummaryText.chinese(figures)))));
        for (ReportTable table : ReportTables.of(figures)) {
            List<List<Object>> rows = new ArrayList<>();
            for (List<String> row : table.rows()) {
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    cells.add(i == 0 ? row.get(i) : number(row.get(i)));
                }
                rows.add(cells);
            }
            ledgers.add(new Ledger(table.title(), table.headers(), rows));
        }
        return ledgers;
    }

    /** The report sheet: the district (or the chosen township) with the summary and tables in the side panel. */
    public static PreparedSheet sheet(ReportFigures figures, Project project) throws SheetException {
        ReportSheetData data = ReportSheetData.of(figures);
        List<SheetTable> tables = new ArrayList<>();
        tables.add(new SheetTable(SUMMARY_TITLE, List.of(""), data.sentences().stream().map(List::of).toList()));
        for (ReportTable table : data.tables()) {
            tables.add(new SheetTable(table.title(), table.headers(), table.rows()));
        }
        String township = figures.filter().townshipCode();
        SheetExtent extent = township == null ? new SheetExtent.DistrictExtent()
                : new SheetExtent.DivisionExtent(township);
        SheetSpec spec = SheetSpec.of(extent).withTitle(data.title(), data.subtitle());
        // No legend: the side panel's room goes to the summary and the tables, the report's content; the inset keeps
        // the panel. No responsibility table either: the report's tables take its place.
        Set<SheetElement> elements = EnumSet.of(SheetElement.OVERVIEW_INSET);
        for (SheetElement element : SheetElement.values()) {
            if (spec.shows(element) && element != SheetElement.LEGEND
                    && element != SheetElement.RESPONSIBILITY_TABLE) {
                elements.add(element);
            }
        }
        return PreparedSheet.prepare(spec.withElements(elements), SheetContent.of(project)).withTables(tables);
    }

    /** A plain number cell ("12" a Long, "3.5" a Double); anything else (e.g. an empty percent) stays text. */
    private static Object number(String cell) {
        if (cell.matches("-?\\d{1,18}")) {
            return Long.valueOf(cell);
        }
        if (cell.matches("-?\\d+\\.\\d+")) {
            return Double.valueOf(cell);
        }
        return cell;
    }
}
