package rectimap.campaign.cases;

import java.time.LocalDate;
import java.util.Objects;

/** One revisit (回头看) of a closed case: the day it was made and what was found. */
public record CaseRevisit(LocalDate date, String finding) {
    public CaseRevisit {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(finding, "finding");
        if (finding.isBlank() || finding.contains("\n")) {
            throw new IllegalArgumentException("a revisit finding is one non-empty line: '" + finding + "'");
        }
    }

    /** The stored line, e.g. "2026-11-20 复查未反弹". */
    public String line() {
        return date + " " + finding.strip();
    }
}
