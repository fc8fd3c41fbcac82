package rectimap.ui.print;

import java.util.Optional;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/**
 * The texts a sheet shows when the user typed none, derived from what it shows: the title is the place's name and
 * the theme ("解州镇 环境整治责任区分布图"), the subtitle names the district's campaign, the compiling unit is the
 * district's office. The sheet is a Chinese document whatever the interface language (its legend, north arrow and
 * footer are Chinese too), so the templates always come from the Chinese bundle. Pure; any thread.
 *
 * @param places       the project's places
 * @param viewTownship the township the map window is zoomed into (its centre lies in it and the view is no wider
 *                     than a few townships), empty when the view shows more of the district
 */
public record SheetTitles(PrintPlaces places, Optional<SheetPlace> viewTownship) {
    private static final Messages SHEET_TEXT = new Messages(UiLanguage.ZH);

    /** The title the sheet shows: the user's, else the derived one. */
    public String title(SheetDesign design) {
        return design.customTitle().isEmpty() ? derivedTitle(design) : design.customTitle();
    }

    /** "解州镇 环境整治责任区分布图" for a township; a village adds its township ("解州镇 西张耿村委会 …"). */
    public String derivedTitle(SheetDesign design) {
        return titleFor(placeName(design));
    }

    /** The title of an atlas page showing {@code placeName}. */
    public String titleFor(String placeName) {
        return SHEET_TEXT.format("print.title.template", placeName.isEmpty() ? districtName() : placeName).strip();
    }

    public String subtitle(SheetDesign design) {
        return design.customSubtitle().isEmpty() ? derivedSubtitle() : design.customSubtitle();
    }

    public String derivedSubtitle() {
        return SHEET_TEXT.format("print.subtitle.template", districtName());
    }

    public String compilingUnit(SheetDesign design) {
        return design.customCompilingUnit().isEmpty() ? derivedCompilingUnit() : design.customCompilingUnit();
    }

    public String derivedCompilingUnit() {
        return SHEET_TEXT.format("print.compilingUnit.template", districtName());
    }

    /** The name of the place the design's extent shows (the district's for the whole district or a wide view). */
    public String placeName(SheetDesign design) {
        return switch (design.extent()) {
            case CURRENT_VIEW -> viewTownship.map(SheetPlace::name).orElse(districtName());
            case TOWNSHIP -> name(design.townshipCode());
            case VILLAGE -> places.byCode(design.villageCode())
                    .map(v -> (name(v.townshipCode()) + " " + v.name()).strip()).orElse(districtName());
            case DEMONSTRATION_SITE -> name(design.siteCode());
            case DISTRICT -> districtName();
        };
    }

    private String name(String code) {
        return places.byCode(code).map(SheetPlace::name).orElse(districtName());
    }

    private String districtName() {
        return places.districtName();
    }
}
