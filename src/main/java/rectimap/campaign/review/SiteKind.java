package rectimap.campaign.review;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four kinds of demonstration site the campaign summary names, with the number it plans: 示范镇 (3 towns),
 * 文化体验村 (15), 示范村 (2–3 per township, so no district total) and 美丽乡村示范村 (8). {@link #label()} is the
 * Chinese name stored in the project file; the UI translates by {@code review.kind.NAME}.
 */
public enum SiteKind {
    DEMO_TOWN("示范镇", 3),
    CULTURE_VILLAGE("文化体验村", 15),
    DEMO_VILLAGE("示范村", 0),
    BEAUTIFUL_PILOT("美丽乡村示范村", 8);

    private final String label;
    private final int plannedCount;

    SiteKind(String label, int plannedCount) {
        this.label = label;
        this.plannedCount = plannedCount;
    }

    public String label() {
        return label;
    }

    /** How many the summary plans for the district; 0 for 示范村, planned per township (2–3 each). */
    public int plannedCount() {
        return plannedCount;
    }

    /** Whether the site is a whole township (示范镇) rather than a village. */
    public boolean isTown() {
        return this == DEMO_TOWN;
    }

    public static Optional<SiteKind> fromLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }
}
