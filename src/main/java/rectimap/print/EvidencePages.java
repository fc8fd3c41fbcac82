package rectimap.print;

import java.util.List;

/**
 * The photo pages after a sheet's map (review sheets, the statistics report): A4 portrait pages titled
 * {@code title}, {@value #ROWS_PER_PAGE} features per page, each with its before and after photo side by side.
 */
public record EvidencePages(String title, List<EvidenceRow> rows) {
    /** Features per A4 page: a photo 4:3 at 85 mm wide, caption and heading, three rows to the page. */
    public static final int ROWS_PER_PAGE = 3;
    /** No photo pages. */
    public static final EvidencePages NONE = new EvidencePages("", List.of());

    public EvidencePages {
        rows = List.copyOf(rows);
    }

    public int pageCount() {
        return (rows.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE;
    }

    /** The rows of page {@code index} (0-based). */
    public List<EvidenceRow> page(int index) {
        return rows.subList(index * ROWS_PER_PAGE, Math.min(rows.size(), (index + 1) * ROWS_PER_PAGE));
    }
}
