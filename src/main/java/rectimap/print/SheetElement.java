package rectimap.print;

import java.util.EnumSet;
import java.util.Set;

/** The optional parts of a sheet besides the title and the map frame. */
public enum SheetElement {
    NORTH_ARROW, LEGEND, OVERVIEW_INSET, RESPONSIBILITY_TABLE, SCALE_BAR, SCHEMATIC_NOTE, OUTSIDE_GREYED;

    /**
     * What a sheet shows unless asked otherwise: north arrow, legend, scale bar, 示意 note, the overview inset and,
     * on a sheet of a township or village, the land outside it greyed (the sheet is about its place; a district or
     * plain map area sheet has no outside to grey).
     */
    public static Set<SheetElement> defaults() {
        return EnumSet.of(NORTH_ARROW, LEGEND, SCALE_BAR, SCHEMATIC_NOTE, OVERVIEW_INSET, OUTSIDE_GREYED);
    }
}
