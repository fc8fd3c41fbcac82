package rectimap.ui.print;

import java.util.Locale;
import java.util.Optional;
import rectimap.print.SheetText;

/**
 * The texts a sheet shows when the user typed none, derived from what it shows: the title is the place's name and
 * the theme ("解州镇 环境整治责任区分布图"), the subtitle names the district's campaign, the compiling unit is the
 * district's office. The templates are the sheet's own words ({@link SheetText}, the one home of a sheet's
 * language, as for {@code print --lang en}): Chinese, or English for a window started with {@code --lang en}; place
 * names stay as the data spells them. Pure; any thread.
 *
 * @param places       the project's places
 * @param viewTownship the township the map window is zoomed into (its centre lies in it and the view is no wider
 *                     than a few townships), empty when the view shows more of the district
 * @param language     the language of the sheets' own words (legend, north arrow, footer, default titles): the
 *                     window's; English for an English locale, else Chinese
 */
public record SheetTitles(PrintPlaces places, Optional<SheetPlace> viewTownship, Locale language) {

    public SheetTitles {
        language = language != null && language.getLanguage().equals("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    /** Titles for Chinese sheets. */
    public SheetTitles(PrintPlaces places, Optional<SheetPlace> viewTownship) {
        this(places, viewTownship, Locale.SIMPLIFIED_CHINESE);
    }

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
        return text().format("title.default", placeName.isEmpty() ? districtName() : placeName).strip();
    }

    public String subtitle(SheetDesign design) {
        return design.customSubtitle().isEmpty() ? derivedSubtitle() : design.customSubtitle();
    }

    public String derivedSubtitle() {
        return text().format("subtitle.campaign", districtName());
    }

    public String compilingUnit(SheetDesign design) {
        return design.customCompilingUnit().isEmpty() ? derivedCompilingUnit() : design.customCompilingUnit();
    }

    public String derivedCompilingUnit() {
        return text().format("compiled.unit.default", districtName());
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

    private SheetText text() {
        return SheetText.bundle(language);
    }

    private String name(String code) {
        return places.byCode(code).map(SheetPlace::name).orElse(districtName());
    }

    private String districtName() {
        return places.districtName();
    }
}
