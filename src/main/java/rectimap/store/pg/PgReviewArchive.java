package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import rectimap.campaign.review.ReviewArchive;
import rectimap.campaign.review.SiteMark;
import rectimap.campaign.review.VerdictRecord;
import rectimap.store.ReviewRows;

/**
 * A shared project's review history as a read-only {@link ReviewArchive}: the verdicts and site marks published with
 * the project (tables {@code rectimap_review_verdict} and {@code rectimap_demonstration_mark} of its schema), read
 * once when made. Recording is refused, as for a project file opened read-only.
 */
public final class PgReviewArchive implements ReviewArchive {
    private final List<VerdictRecord> verdicts;
    private final List<SiteMark> marks;

    private PgReviewArchive(List<VerdictRecord> verdicts, List<SiteMark> marks) {
        this.verdicts = List.copyOf(verdicts);
        this.marks = List.copyOf(marks);
    }

    /**
     * Reads the records of {@code store}'s project now; a table the project lacks reads as none.
     *
     * @throws rectimap.model.StoreException when the server cannot be read
     */
    public static PgReviewArchive readOnly(PgFeatureStore store) {
        String schema = store.address().schema();
        String verdictTable = qualified(schema, PgPublish.REVIEWS);
        String markTable = qualified(schema, "rectimap_demonstration_mark");
        return store.read("reading the review history", c -> new PgReviewArchive(
                PgProjectTables.tableExists(c, verdictTable) ? ReviewRows.verdicts(c, verdictTable) : List.of(),
                PgProjectTables.tableExists(c, markTable) ? ReviewRows.marks(c, markTable) : List.of()));
    }

    @Override
    public List<VerdictRecord> verdicts() {
        return verdicts;
    }

    @Override
    public List<SiteMark> siteMarks() {
        return marks;
    }

    @Override
    public boolean writable() {
        return false;
    }

    @Override
    public CompletableFuture<Void> recordVerdict(VerdictRecord verdict) {
        return NONE.recordVerdict(verdict);
    }

    @Override
    public CompletableFuture<Void> recordSiteMark(SiteMark mark) {
        return NONE.recordSiteMark(mark);
    }
}
