package rectimap.campaign.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One verdict in a site's history: which site ({@link DemonstrationSite#key()}), the site's name when it was given
 * (so the history stays readable if the site is unmarked later), the verdict, who gave it, when (UTC instant) and the
 * comment ("" when none). Never changed once recorded; a new verdict is a new record.
 */
public record VerdictRecord(String siteKey, String siteName, Verdict verdict, String reviewer, Instant recordedAt,
        String comment) {
    public VerdictRecord {
        Objects.requireNonNull(siteKey, "siteKey");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(recordedAt, "recordedAt");
        siteName = siteName == null ? "" : siteName;
        reviewer = reviewer == null ? "" : reviewer.strip();
        comment = comment == null ? "" : comment.strip();
    }
}
