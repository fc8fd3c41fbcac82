package rectimap.campaign.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The revisit records of a case as kept in its {@code revisits} text column: one line per revisit, "yyyy-MM-dd
 * finding", oldest first. Records are only ever appended (the lifecycle refuses edits that drop or change one). Pure.
 */
public final class CaseRevisits {
    private CaseRevisits() {
    }

    /** The records in {@code stored} (null or blank: none); lines that do not start with a date are skipped. */
    public static List<CaseRevisit> parse(String stored) {
        List<CaseRevisit> records = new ArrayList<>();
        if (stored == null) {
            return records;
        }
        for (String line : stored.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.length() > 11 && trimmed.charAt(10) == ' ') {
                try {
                    records.add(new CaseRevisit(LocalDate.parse(trimmed.substring(0, 10)), trimmed.substring(11)));
                } catch (DateTimeParseException ignored) {
                    // a hand-edited line without a date is not a record; the text stays in the column untouched
                }
            }
        }
        return records;
    }

    /** {@code stored} with {@code revisit} appended as a new last line. */
    public static String append(String stored, CaseRevisit revisit) {
        return stored == null || stored.isBlank() ? revisit.line() : stored.stripTrailing() + "\n" + revisit.line();
    }

    /** Whether {@code after} keeps every line of {@code before} unchanged at its start (records only appended). */
    public static boolean keepsRecords(String before, String after) {
        String old = before == null ? "" : before.stripTrailing();
        return old.isEmpty() || (after != null && after.startsWith(old));
    }
}
