package rectimap.print;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A sheet ready to paint: the spec, what it is drawn from, where its parts go, the resolved title, the scale 1:N and
 * the map centre (display metres), the legend rows and tables of what is on the sheet, and its page number in an
 * atlas (1 of 1 for a single sheet). Holds no page content, so an atlas can keep all of them. Immutable.
 * {@code place} is null for a plain map area.
 */
public record PreparedSheet(SheetSpec spec, SheetContent content, SheetLayout layout, SheetPlace place, String title,
                            String subtitle, double scaleDenominator, double centreX, double centreY,
                            List<LegendEntry> legend, List<SheetTable> tables, int pageNumber, int pageCount) {

    public PreparedSheet {
        legend = List.copyOf(legend);
        tables = List.copyOf(tables);
    }

    /** Prepares one sheet (page 1 of 1). Reads every feature near the frame: off the UI thread for big projects. */
    public static PreparedSheet prepare(SheetSpec spec, SheetContent content) throws SheetException {
        return SheetPreparation.prepare(spec, content, 1, 1);
    }

    /** Prepares page {@code pageNumber} of {@code pageCount} of an atlas. */
    public static PreparedSheet prepare(SheetSpec spec, SheetContent content, int pageNumber, int pageCount)
            throws SheetException {
        return SheetPreparation.prepare(spec, content, pageNumber, pageCount);
    }

    /**
     * This sheet with {@code extra} tables after its own (e.g. a review sheet's plan items), shown in the side panel
     * under the legend; a sheet without a side panel gets one (its map frame narrows, at the same scale and centre).
     */
    public PreparedSheet withTables(List<SheetTable> extra) {
        List<SheetTable> all = new java.util.ArrayList<>(tables);
        all.addAll(extra);
        SheetLayout withPanel = layout.panel() != null || extra.isEmpty() ? layout : SheetLayout.of(spec, true);
        return new PreparedSheet(spec, content, withPanel, place, title, subtitle, scaleDenominator, centreX,
                centreY, legend, all, pageNumber, pageCount);
    }

    /** Ground metres per millimetre of paper. */
    public double metresPerMm() {
        return scaleDenominator / 1000;
    }

    /** The map area inside the frame, in display metres. */
    public Envelope mapExtent() {
        double halfW = layout.map().width() / 2 * metresPerMm();
        double halfH = layout.map().height() / 2 * metresPerMm();
        return new Envelope(centreX - halfW, centreX + halfW, centreY - halfH, centreY + halfH);
    }
}
