package rectimap.campaign.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import rectimap.model.Bilingual;

/**
 * A case's deadline state relative to a given day: green on time, yellow when due within the warning days (the
 * deadline day itself included), red once the deadline has passed, grey when closed. A case without a deadline is
 * green (nothing to be late for).
 */
public enum TrafficLight implements Bilingual {
    GREEN("按期", "on time", "#2e7d32"),
    YELLOW("临期", "due soon", "#f9a825"),
    RED("逾期", "overdue", "#c62828"),
    GREY("已办结", "closed", "#9e9e9e");

    /** The warning days when the project sets none. */
    public static final int DEFAULT_WARNING_DAYS = 3;

    private final String label;
    private final String labelEn;
    private final String hex;

    TrafficLight(String label, String labelEn, String hex) {
        this.label = label;
        this.labelEn = labelEn;
        this.hex = hex;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** The colour as "#rrggbb". */
    public String hex() {
        return hex;
    }

    /**
     * The light of a case in {@code status} (null: not closed) due on {@code deadline} (null: none) as seen on
     * {@code today}, yellow from {@code warningDays} (≥ 0) days before the deadline.
     */
    public static TrafficLight of(CaseStatus status, LocalDate deadline, LocalDate today, int warningDays) {
        if (warningDays < 0) {
            throw new IllegalArgumentException("warning days must be 0 or more: " + warningDays);
        }
        if (status != null && status.isClosed()) {
            return GREY;
        }
        if (deadline == null) {
            return GREEN;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        if (daysLeft < 0) {
            return RED;
        }
        return daysLeft <= warningDays ? YELLOW : GREEN;
    }
}
