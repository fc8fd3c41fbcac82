package rectimap.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a report covers: one township (12-digit code) or all (null), one campaign phase (攻坚行动, 冬季行动; applies to
 * cleanup work, the only record that carries a phase) or all (null), and a date range (inclusive; null bound = open).
 * {@code asOf} decides the jurisdiction (which township a village belongs to) and which cases are overdue; it is the
 * range's end when one is given.
 */
public record ReportFilter(String townshipCode, String phase, LocalDate from, LocalDate to, LocalDate asOf) {
    public ReportFilter {
        Objects.requireNonNull(asOf, "asOf");
        townshipCode = blankToNull(townshipCode);
        phase = blankToNull(phase);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the range starts " + from + ", after its end " + to);
        }
    }

    /** Everything, as of {@code asOf}. */
    public static ReportFilter all(LocalDate asOf) {
        return new ReportFilter(null, null, null, null, asOf);
    }

    /** A filter for the given choices; {@code asOf} is {@code to} when given, else {@code today}. */
    public static ReportFilter of(String townshipCode, String phase, LocalDate from, LocalDate to, LocalDate today) {
        return new ReportFilter(townshipCode, phase, from, to, to != null ? to : today);
    }

    /** Whether a record dated {@code date} (null = undated) falls in the range; undated ones only without a range. */
    public boolean inRange(LocalDate date) {
        if (date == null) {
            return from == null && to == null;
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    public boolean acceptsTownship(String code) {
        return townshipCode == null || townshipCode.equals(code);
    }

    public boolean acceptsPhase(String featurePhase) {
        return phase == null || phase.equals(featurePhase);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
