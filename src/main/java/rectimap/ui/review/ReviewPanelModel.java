package rectimap.ui.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.review.DemonstrationSite;
import rectimap.campaign.review.PlanItem;
import rectimap.campaign.review.PlanItems;
import rectimap.campaign.review.ReviewArchive;
import rectimap.campaign.review.ReviewLedger;
import rectimap.campaign.review.ReviewSites;
import rectimap.campaign.review.SiteKind;
import rectimap.campaign.review.SiteMark;
import rectimap.campaign.review.Verdict;
import rectimap.campaign.review.VerdictRecord;
import rectimap.model.Project;

/**
 * The review panel's state without JavaFX: the sites of the open project in review order, which one is shown,
 * its plan items (from the project as it is now, edits included), its verdict history, and recording verdicts and
 * site marks through the project's {@link ReviewArchive}. FX thread only.
 */
public final class ReviewPanelModel {
    private final Supplier<Project> project;
    private ReviewArchive archive = ReviewArchive.NONE;
    private DivisionPlaces places;
    private List<DemonstrationSite> sites = List.of();
    private ReviewLedger ledger = new ReviewLedger(List.of());
    private int index = -1;

    /** {@code project} gives the project as currently edited (plan items follow edits). */
    public ReviewPanelModel(Supplier<Project> project) {
        this.project = project;
    }

    /** Shows a newly opened project's sites and history; the first site is current. */
    public void open(ReviewArchive reviews) {
        archive = reviews;
        places = DivisionPlaces.of(project.get());
        ledger = new ReviewLedger(reviews.verdicts());
        sites = ReviewSites.of(project.get(), places, reviews.siteMarks());
        index = sites.isEmpty() ? -1 : 0;
    }

    public List<DemonstrationSite> sites() {
        return sites;
    }

    public Optional<DemonstrationSite> current() {
        return index < 0 ? Optional.empty() : Optional.of(sites.get(index));
    }

    /** 0-based position of the current site, -1 when there is none. */
    public int index() {
        return index;
    }

    public void select(int position) {
        if (position >= 0 && position < sites.size()) {
            index = position;
        }
    }

    /** The next site, wrapping round after the last. */
    public void next() {
        if (!sites.isEmpty()) {
            index = (index + 1) % sites.size();
        }
    }

    /** The previous site, wrapping round before the first. */
    public void previous() {
        if (!sites.isEmpty()) {
            index = (index - 1 + sites.size()) % sites.size();
        }
    }

    public List<PlanItem> planItems() {
        return current().map(s -> PlanItems.inside(project.get(), s.boundaryLonLat())).orElse(List.of());
    }

    public List<VerdictRecord> history() {
        return current().map(s -> ledger.history(s.key())).orElse(List.of());
    }

    public Verdict verdict() {
        return current().map(s -> ledger.current(s.key())).orElse(Verdict.PENDING);
    }

    public Verdict verdictOf(DemonstrationSite site) {
        return ledger.current(site.key());
    }

    public boolean writable() {
        return archive.writable();
    }

    /** Records a verdict on the current site at {@code now}; the future completes once it is in the file. */
    public CompletableFuture<Void> record(Verdict verdict, String reviewer, String comment, Instant now) {
        DemonstrationSite site = current().orElseThrow(() -> new IllegalStateException("no site to review"));
        VerdictRecord record = new VerdictRecord(site.key(), site.name(), verdict, reviewer, now, comment);
        ledger = ledger.with(record);
        return archive.recordVerdict(record);
    }

    /** Marks or unmarks a village as a site of {@code kind}; the list is rebuilt and the current site kept if listed. */
    public CompletableFuture<Void> mark(SiteKind kind, String code, SiteMark.MarkAction action, String by, Instant now) {
        String currentKey = current().map(DemonstrationSite::key).orElse(null);
        CompletableFuture<Void> written = archive.recordSiteMark(new SiteMark(kind, code, action, by, now));
        sites = ReviewSites.of(project.get(), places, archive.siteMarks());
        index = sites.isEmpty() ? -1 : 0;
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).key().equals(action == SiteMark.MarkAction.MARK ? DemonstrationSite.keyOf(kind, code)
                    : currentKey)) {
                index = i;
            }
        }
        return written;
    }

    /** How many sites of each kind are listed. */
    public Map<SiteKind, Integer> counts() {
        Map<SiteKind, Integer> counts = new EnumMap<>(SiteKind.class);
        for (SiteKind kind : SiteKind.values()) {
            counts.put(kind, 0);
        }
        sites.forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
        return counts;
    }

    /** The villages a planner can mark, "township · village" with their codes, in division order. */
    public List<VillageChoice> villageChoices() {
        List<VillageChoice> choices = new ArrayList<>();
        if (places != null) {
            places.townships().forEach(t -> places.villagesOf(t.code()).forEach(
                    v -> choices.add(new VillageChoice(v.code(), t.name() + " · " + v.name()))));
        }
        return choices;
    }

    /** A village in the mark chooser. */
    public record VillageChoice(String code, String label) {
        @Override
        public String toString() {
            return label;
        }
    }
}
