package rectimap.exchange;

import org.locationtech.jts.geom.Envelope;

/**
 * How a table's coordinate columns were read, for the user to see and overrule.
 *
 * @param xColumn  the header of the column taken as "x" (chosen or suggested by its name)
 * @param yColumn  the header of the column taken as "y"
 * @param order    what was applied: {@link AxisOrder#X_EAST} (as written) or {@link AxisOrder#X_NORTH} (swapped)
 * @param detected true when the order came from the values' ranges, false when the user (or CLI option) gave it
 * @param asRead   the ranges of the two columns before any swap: x of the envelope is the x column's values;
 *                 null-envelope when no row had both numbers
 */
public record TableAxes(String xColumn, String yColumn, AxisOrder order, boolean detected, Envelope asRead) {

    /** Whether the columns were swapped (x column taken as the northing/latitude). */
    public boolean swapped() {
        return order == AxisOrder.X_NORTH;
    }
}
