package rectimap.campaign.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict history of every site, read from the recorded {@link VerdictRecord}s in recording order: a site's
 * current verdict is its latest record ({@link Verdict#PENDING} when it has none). Immutable; any thread.
 */
public final class ReviewLedger {
    private final Map<String, List<VerdictRecord>> bySite = new LinkedHashMap<>();

    public ReviewLedger(List<VerdictRecord> records) {
        for (VerdictRecord record : records) {
            bySite.computeIfAbsent(record.siteKey(), k -> new ArrayList<>()).add(record);
        }
    }

    /** The site's records, oldest first (empty when never reviewed). */
    public List<VerdictRecord> history(String siteKey) {
        return List.copyOf(bySite.getOrDefault(siteKey, List.of()));
    }

    public Verdict current(String siteKey) {
        List<VerdictRecord> history = bySite.get(siteKey);
        return history == null || history.isEmpty() ? Verdict.PENDING : history.get(history.size() - 1).verdict();
    }

    /** A ledger with {@code record} appended. */
    public ReviewLedger with(VerdictRecord record) {
        List<VerdictRecord> all = new ArrayList<>();
        bySite.values().forEach(all::addAll);
        all.add(record);
        return new ReviewLedger(all);
    }
}
