package rectimap.report;

/**
 * Supervision cases (督办件) in one status: how many, and how many of them are overdue on the report's date
 * (deadline passed and not closed: status neither 销号 nor 回头看).
 */
public record CaseTotal(String status, int cases, int overdue) {

    public CaseTotal plus(boolean isOverdue) {
        return new CaseTotal(status, cases + 1, overdue + (isOverdue ? 1 : 0));
    }
}
