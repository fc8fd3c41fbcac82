package rectimap.print;

import rectimap.model.style.Symbolizer;

/**
 * One row of a sheet's legend: a symbol and its label, with how many features of it are on the sheet and their total
 * ellipsoidal area (m², areas) or length (m, lines). {@code group} is the layer title the row belongs to (rows of a
 * classified layer are shown under it); {@code withFigures} is true for planning layers (counts are what meetings
 * ask about; reference layers only explain the symbol). {@code dimension}: 0 points, 1 lines, 2 areas.
 */
public record LegendEntry(String group, String label, Symbolizer symbol, int dimension, int count, double measure,
                          boolean withFigures) {

    /** Whether this row stands under a group heading (a class of a classified layer). */
    public boolean isClass() {
        return !group.equals(label);
    }
}
