package rectimap.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import rectimap.campaign.review.ReviewArchive;
import rectimap.campaign.review.SiteMark;
import rectimap.campaign.review.VerdictRecord;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * The project file as the {@link ReviewArchive}: the records read when the project opened plus those recorded since,
 * each written as one transaction on the journal's writer thread, in order with the edits (read-only sessions get
 * {@link ReviewArchive#NONE}'s refusal). Thread-safe: the in-memory lists are guarded by this object.
 */
public final class GeoPackageReviewArchive implements ReviewArchive {
    private final GeoPackageJournal journal;
    private final List<VerdictRecord> verdicts;
    private final List<SiteMark> marks;

    private GeoPackageReviewArchive(GeoPackageJournal journal, List<VerdictRecord> verdicts, List<SiteMark> marks) {
        this.journal = journal;
        this.verdicts = new ArrayList<>(verdicts);
        this.marks = new ArrayList<>(marks);
    }

    /** Reads the records of an open project (on the store's owner thread); writable when it has a journal. */
    public static GeoPackageReviewArchive of(ProjectFile project) {
        return read(project.store(), project.journal().orElse(null));
    }

    /** Reads the records of a store opened by itself (CLI, read-only): recording is refused. */
    public static GeoPackageReviewArchive readOnly(GeoPackageStore store) {
        return read(store, null);
    }

    private static GeoPackageReviewArchive read(GeoPackageStore store, GeoPackageJournal journal) {
        try {
            return new GeoPackageReviewArchive(journal, ReviewRows.verdicts(store.connection()),
                    ReviewRows.marks(store.connection()));
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(StoreProblem.UNREADABLE, store.file(),
                    "reading the review history: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<VerdictRecord> verdicts() {
        return List.copyOf(verdicts);
    }

    @Override
    public synchronized List<SiteMark> siteMarks() {
        return List.copyOf(marks);
    }

    @Override
    public boolean writable() {
        return journal != null;
    }

    @Override
    public CompletableFuture<Void> recordVerdict(VerdictRecord verdict) {
        if (journal == null) {
            return NONE.recordVerdict(verdict);
        }
        synchronized (this) {
            verdicts.add(verdict);
        }
        return journal.recordReview(new ReviewEntry.Verdict(verdict));
    }

    @Override
    public CompletableFuture<Void> recordSiteMark(SiteMark mark) {
        if (journal == null) {
            return NONE.recordSiteMark(mark);
        }
        synchronized (this) {
            marks.add(mark);
        }
        return journal.recordReview(new ReviewEntry.Mark(mark));
    }
}
