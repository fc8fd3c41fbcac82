package rectimap.ui.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import rectimap.print.SheetExtent;
import rectimap.print.SheetSpec;

/**
 * Turns the designer's choices into the pages to produce: one for a single sheet, one per place for an atlas
 * (townships; villages of the picked township; demonstration sites), each titled after its place unless the user
 * typed a title. Pure; any thread.
 */
public final class SheetPlans {
    private SheetPlans() {
    }

    /**
     * @param viewExtent the map window's visible extent in display metres (EPSG:4546), for {@code CURRENT_VIEW}
     * @param today      the date printed when the design has none
     */
    public static List<PlannedSheet> of(SheetDesign design, SheetTitles titles, Envelope viewExtent, LocalDate today) {
        PrintPlaces places = titles.places();
        List<PlannedSheet> sheets = new ArrayList<>();
        switch (design.atlas()) {
            case SINGLE_SHEET -> sheets.add(single(design, titles, viewExtent, today));
            case PER_TOWNSHIP -> places.townships().forEach(t -> sheets.add(page(design, titles, t,
                    new SheetExtent.DivisionExtent(t.code()), t.name(), today)));
            case VILLAGES_OF_TOWNSHIP -> places.villagesOf(design.townshipCode()).forEach(v -> sheets.add(page(
                    design, titles, v, new SheetExtent.DivisionExtent(v.code()), townshipName(places, v) + " "
                            + v.name(), today)));
            case DEMONSTRATION_SITES -> places.sites().forEach(s -> sheets.add(page(design, titles, s,
                    new SheetExtent.SiteExtent(s.code()), s.name(), today)));
        }
        return sheets;
    }

    /** The sheet the preview shows: the designed extent (the first page of an atlas when it has pages). */
    public static PlannedSheet preview(SheetDesign design, SheetTitles titles, Envelope viewExtent, LocalDate today) {
        List<PlannedSheet> sheets = of(design, titles, viewExtent, today);
        return sheets.isEmpty() ? single(design, titles, viewExtent, today) : sheets.get(0);
    }

    private static PlannedSheet single(SheetDesign design, SheetTitles titles, Envelope viewExtent, LocalDate today) {
        PrintPlaces places = titles.places();
        SheetExtent extent = switch (design.extent()) {
            case CURRENT_VIEW -> new SheetExtent.ViewExtent(new Envelope(viewExtent));
            case TOWNSHIP -> design.townshipCode().isEmpty() ? new SheetExtent.DistrictExtent()
                    : new SheetExtent.DivisionExtent(design.townshipCode());
            case VILLAGE -> design.villageCode().isEmpty() ? new SheetExtent.DistrictExtent()
                    : new SheetExtent.DivisionExtent(design.villageCode());
            case DEMONSTRATION_SITE -> design.siteCode().isEmpty() ? new SheetExtent.DistrictExtent()
                    : new SheetExtent.SiteExtent(design.siteCode());
            case DISTRICT -> new SheetExtent.DistrictExtent();
        };
        String code = switch (design.extent()) {
            case TOWNSHIP -> design.townshipCode();
            case VILLAGE -> design.villageCode();
            case DEMONSTRATION_SITE -> design.siteCode();
            default -> "";
        };
        String townshipCode = places.byCode(code).map(SheetPlace::townshipCode).orElse("");
        String townshipName = places.byCode(townshipCode).map(SheetPlace::name).orElse("");
        return new PlannedSheet(spec(design, titles.title(design), titles, extent, today), townshipCode, townshipName);
    }

    private static PlannedSheet page(SheetDesign design, SheetTitles titles, SheetPlace place, SheetExtent extent,
                                     String placeName, LocalDate today) {
        String title = design.customTitle().isEmpty() ? titles.titleFor(placeName) : design.customTitle();
        return new PlannedSheet(spec(design, title, titles, extent, today), place.townshipCode(),
                townshipName(titles.places(), place));
    }

    private static SheetSpec spec(SheetDesign design, String title, SheetTitles titles, SheetExtent extent,
                                  LocalDate today) {
        return new SheetSpec(design.paper(), design.orientation(), title, titles.subtitle(design), extent,
                design.scaleDenominator(), design.elements(), titles.compilingUnit(design),
                design.date() == null ? today : design.date(), titles.language());
    }

    private static String townshipName(PrintPlaces places, SheetPlace place) {
        return places.byCode(place.townshipCode()).map(SheetPlace::name).orElse("");
    }
}
