package rectimap.print;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import rectimap.campaign.FieldLabels;

/** Resolves a {@link SheetSpec} against its content: place, scale, centre, title, legend and tables. */
final class SheetPreparation {

    /** Room left around a fitted extent, as a share of its size, so the outline does not touch the frame. */
    private static final double FIT_PADDING = 0.04;

    private SheetPreparation() {
    }

    static PreparedSheet prepare(SheetSpec spec, SheetContent content, int pageNumber, int pageCount)
            throws SheetException {
        if (pageNumber < 1 || pageNumber > pageCount) {
            throw new IllegalArgumentException("page " + pageNumber + " of " + pageCount);
        }
        SheetLayout layout = SheetLayout.of(spec);
        content = content.onDay(spec.date());
        SheetPlace place = content.placeOf(spec.extent());
        Envelope extent = place != null ? place.extentDisplay()
                : ((SheetExtent.ViewExtent) spec.extent()).displayMetres();
        double scale = spec.scaleDenominator() > 0 ? spec.scaleDenominator() : fittedScale(extent, layout.map());
        double centreX = extent.centre().x;
        double centreY = extent.centre().y;
        SheetText text = spec.text();
        String title = spec.title().isEmpty() ? defaultTitle(place, text) : spec.title();
        String subtitle = spec.subtitle().isEmpty() ? text.format("subtitle.default", grouped(scale))
                : spec.subtitle();
        PreparedSheet bare = new PreparedSheet(spec, content, layout, place, title, subtitle, scale, centreX, centreY,
                List.of(), List.of(), pageNumber, pageCount);
        SheetSelection onSheet = SheetSelection.of(content, place, bare.mapExtent());
        FieldLabels labels = FieldLabels.of(spec.language());
        List<LegendEntry> legend = spec.shows(SheetElement.LEGEND) ? onSheet.legend(labels) : List.of();
        List<SheetTable> tables = spec.shows(SheetElement.RESPONSIBILITY_TABLE)
                ? List.of(onSheet.responsibilityTable(text, labels)) : List.of();
        return new PreparedSheet(spec, content, layout, place, title, subtitle, scale, centreX, centreY, legend,
                tables, pageNumber, pageCount);
    }

    /**
     * The scale at which the padded extent fills the frame, rounded up to a multiple of 500 (100 below 1:5,000) so
     * the printed 1:N is a plain number and the map is drawn at exactly that scale.
     */
    static double fittedScale(Envelope extent, MmBox frame) {
        double width = Math.max(extent.getWidth(), 1) * (1 + 2 * FIT_PADDING);
        double height = Math.max(extent.getHeight(), 1) * (1 + 2 * FIT_PADDING);
        double raw = Math.max(width / frame.width(), height / frame.height()) * 1000;
        double step = raw < 5_000 ? 100 : 500;
        return Math.ceil(raw / step) * step;
    }

    private static String defaultTitle(SheetPlace place, SheetText text) {
        if (place == null || place.kind() == SheetPlace.Kind.DISTRICT) {
            String name = place == null ? "" : place.name();
            return name.isEmpty() ? text.get("title.district") : text.format("title.default", name);
        }
        String name = place.kind() == SheetPlace.Kind.VILLAGE ? place.townshipName() + place.name() : place.name();
        return text.format("title.default", name);
    }

    /** 50000 → "50,000". */
    static String grouped(double number) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        return format.format(Math.round(number));
    }
}
