package rectimap.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import rectimap.campaign.review.ReviewSheetData;
import rectimap.model.Project;
import rectimap.print.PreparedSheet;
import rectimap.print.SheetContent;
import rectimap.print.SheetException;
import rectimap.print.SheetExtent;
import rectimap.print.SheetPdfWriter;
import rectimap.print.SheetSpec;
import rectimap.print.SheetTable;

/**
 * A demonstration site's review sheet (示范审查单) as a vector PDF, the one code the CLI {@code review-sheet} and the
 * review panel's 打印审查单 share: the site's village or township map with the default parts, its plan items and its
 * verdict history in the side panel. Written through {@link AtomicFileWrite}. Off the FX thread (it reads the features
 * near the frame).
 */
public final class ReviewSheetFile {
    private ReviewSheetFile() {
    }

    /** Writes the sheet of the site with division code {@code siteCode} to {@code target}. */
    public static void write(String siteCode, ReviewSheetData data, Project project, Path target)
            throws IOException, SheetException {
        PreparedSheet sheet = sheet(siteCode, data, project);
        AtomicFileWrite.write(target, out -> SheetPdfWriter.write(List.of(sheet), out));
    }

    /** The prepared sheet: default parts (legend and inset keep the side panel), then the two tables. */
    public static PreparedSheet sheet(String siteCode, ReviewSheetData data, Project project) throws SheetException {
        SheetSpec spec = SheetSpec.of(new SheetExtent.DivisionExtent(siteCode))
                .withTitle(data.title(), data.subtitle());
        return PreparedSheet.prepare(spec, SheetContent.of(project)).withTables(tables(data));
    }

    /** The plan-item table and the verdict history, as the print layout draws tables. */
    public static List<SheetTable> tables(ReviewSheetData data) {
        return List.of(new SheetTable(ReviewSheetData.PLAN_TITLE, data.planHeaders(), data.planRows()),
                new SheetTable(ReviewSheetData.HISTORY_TITLE, data.historyHeaders(), data.historyRows()));
    }
}
