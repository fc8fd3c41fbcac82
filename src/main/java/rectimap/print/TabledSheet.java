package rectimap.print;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A sheet whose side panel carries the caller's own tables instead of the responsibility table: a review sheet's plan
 * items and verdict history, or a report's tables. The map, legend, scale bar, north arrow and footer are the
 * print layout's as usual. Off the UI thread (it reads the features near the frame).
 */
public final class TabledSheet {
    private TabledSheet() {
    }

    /** Prepares {@code spec} (its responsibility table left out) with {@code tables} in the side panel, in order. */
    public static PreparedSheet prepare(SheetSpec spec, SheetContent content, List<SheetTable> tables)
            throws SheetException {
        Set<SheetElement> elements = EnumSet.noneOf(SheetElement.class);
        for (SheetElement element : SheetElement.values()) {
            if (spec.shows(element) && element != SheetElement.RESPONSIBILITY_TABLE) {
                elements.add(element);
            }
        }
        // A legend or the inset keeps the side panel in the layout, so the tables always have a place.
        if (!elements.contains(SheetElement.OVERVIEW_INSET)) {
            elements.add(SheetElement.LEGEND);
        }
        PreparedSheet base = PreparedSheet.prepare(spec.withElements(elements), content);
        return new PreparedSheet(base.spec(), base.content(), base.layout(), base.place(), base.title(),
                base.subtitle(), base.scaleDenominator(), base.centreX(), base.centreY(), base.legend(), tables,
                base.pageNumber(), base.pageCount());
    }
}
