package rectimap.campaign.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A planner's choice recorded in the project: village {@code code} is (action MARK) or is no longer (UNMARK) a
 * demonstration site of {@code kind} — how 示范村 (2–3 per township) and the 美丽乡村 pilots are chosen, and how the
 * 文化体验村 missing from the summary's list are added. The latest mark per kind and code wins.
 */
public record SiteMark(SiteKind kind, String code, MarkAction action, String markedBy, Instant markedAt) {
    public SiteMark {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(markedAt, "markedAt");
        markedBy = markedBy == null ? "" : markedBy;
    }

    /** Whether a mark adds or removes the site. */
    public enum MarkAction { MARK, UNMARK }
}
