package rectimap.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.campaign.review.PlanItem;
import rectimap.campaign.review.ReviewSheetData;
import rectimap.media.PhotoArchive;
import rectimap.model.FeatureRef;
import rectimap.model.Project;
import rectimap.print.EvidencePages;
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
 * verdict history in the side panel, and optionally photo pages after it. Written through {@link AtomicFileWrite}. Off the FX thread (it reads the features
 * near the frame).
 */
public final class ReviewSheetFile {
    private ReviewSheetFile() {
    }

    /** Writes the sheet of the site with division code {@code siteCode} to {@code target}. */
    public static void write(String siteCode, ReviewSheetData data, Project project, Path target)
            throws IOException, SheetException {
        write(siteCode, data, project, EvidencePages.NONE, target);
    }

    /** Writes the sheet, then its photo pages ({@link #photoPages}), to {@code target}. */
    public static void write(String siteCode, ReviewSheetData data, Project project, EvidencePages photos,
                             Path target) throws IOException, SheetException {
        PreparedSheet sheet = sheet(siteCode, data, project);
        AtomicFileWrite.write(target, out -> SheetPdfWriter.write(List.of(sheet), photos, out));
    }

    /**
     * The photo pages of a site: its plan items, then the supervision cases inside its boundary (lon/lat), each
     * with its 整改前 and 整改后 photo; none when nothing there has photos.
     */
    public static EvidencePages photoPages(ReviewSheetData data, Project project, Geometry boundaryLonLat,
                                           List<PlanItem> items, PhotoArchive archive) {
        List<FeatureRef> features = new ArrayList<>();
        items.forEach(item -> features.add(new FeatureRef(item.table(), item.featureId())));
        PreparedGeometry boundary = PreparedGeometryFactory.prepare(boundaryLonLat);
        project.layer(SupervisionCaseSchema.TABLE).ifPresent(cases -> cases.layer().features().stream()
                .filter(f -> f.geometry() != null && boundary.covers(f.geometry()))
                .forEach(f -> features.add(new FeatureRef(SupervisionCaseSchema.TABLE, f.id()))));
        return EvidenceRows.of(data.title() + " · 整改前后照片", project, archive, features);
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
