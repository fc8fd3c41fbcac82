package rectimap.print;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a user chooses about one sheet. {@code title} and {@code subtitle} may be empty: the title is then
 * derived from the extent (e.g. "解州镇 环境整治责任区分布图"). {@code scaleDenominator} is 0 for a scale fitted to the
 * extent, else N of 1:N (normally one of {@link #NICE_SCALES}). {@code compilingUnit} (编制单位) may be empty;
 * {@code date} is printed as the compilation date. {@code language} is the language of the sheet's own words
 * (legend, north arrow, scale, footer, table headings, default title): Chinese, or English for
 * {@link Locale#ENGLISH}; place names and the user's texts print as given. Immutable.
 */
public record SheetSpec(Paper paper, Orientation orientation, String title, String subtitle, SheetExtent extent,
                        double scaleDenominator, Set<SheetElement> elements, String compilingUnit, LocalDate date,
                        Locale language) {

    /** The scales offered besides a fitted one, 1:1,000 … 1:100,000. */
    public static final List<Integer> NICE_SCALES = List.of(1_000, 2_000, 2_500, 5_000, 10_000, 25_000, 50_000,
            100_000);

    public SheetSpec {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(date, "date");
        language = language != null && language.getLanguage().equals("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
        title = title == null ? "" : title.strip();
        subtitle = subtitle == null ? "" : subtitle.strip();
        compilingUnit = compilingUnit == null ? "" : compilingUnit.strip();
        if (!(scaleDenominator >= 0) || Double.isInfinite(scaleDenominator)) {
            throw new IllegalArgumentException("scale denominator must be 0 (fitted) or positive: "
                    + scaleDenominator);
        }
        elements = elements == null || elements.isEmpty() ? EnumSet.noneOf(SheetElement.class)
                : EnumSet.copyOf(elements);
    }

    /** A Chinese sheet (the common case: a Chinese document for meetings). */
    public SheetSpec(Paper paper, Orientation orientation, String title, String subtitle, SheetExtent extent,
                     double scaleDenominator, Set<SheetElement> elements, String compilingUnit, LocalDate date) {
        this(paper, orientation, title, subtitle, extent, scaleDenominator, elements, compilingUnit, date,
                Locale.SIMPLIFIED_CHINESE);
    }

    /** An A3 landscape sheet of {@code extent} with a fitted scale, the default parts and today's date. */
    public static SheetSpec of(SheetExtent extent) {
        return new SheetSpec(Paper.A3, Orientation.LANDSCAPE, "", "", extent, 0, SheetElement.defaults(), "",
                LocalDate.now());
    }

    public boolean shows(SheetElement element) {
        return elements.contains(element);
    }

    public SheetSpec withPaper(Paper newPaper, Orientation newOrientation) {
        return new SheetSpec(newPaper, newOrientation, title, subtitle, extent, scaleDenominator, elements,
                compilingUnit, date, language);
    }

    public SheetSpec withTitle(String newTitle, String newSubtitle) {
        return new SheetSpec(paper, orientation, newTitle, newSubtitle, extent, scaleDenominator, elements,
                compilingUnit, date, language);
    }

    public SheetSpec withExtent(SheetExtent newExtent) {
        return new SheetSpec(paper, orientation, title, subtitle, newExtent, scaleDenominator, elements,
                compilingUnit, date, language);
    }

    /** This sheet at 1:{@code denominator}, or fitted for 0. */
    public SheetSpec withScale(double denominator) {
        return new SheetSpec(paper, orientation, title, subtitle, extent, denominator, elements, compilingUnit, date,
                language);
    }

    public SheetSpec withElements(Set<SheetElement> newElements) {
        return new SheetSpec(paper, orientation, title, subtitle, extent, scaleDenominator, newElements,
                compilingUnit, date, language);
    }

    public SheetSpec withCompilingUnit(String unit, LocalDate newDate) {
        return new SheetSpec(paper, orientation, title, subtitle, extent, scaleDenominator, elements, unit, newDate,
                language);
    }

    /** This sheet with its own words in {@code newLanguage} (English for an English locale, else Chinese). */
    public SheetSpec withLanguage(Locale newLanguage) {
        return new SheetSpec(paper, orientation, title, subtitle, extent, scaleDenominator, elements, compilingUnit,
                date, newLanguage);
    }

    /** The words this sheet prints, in its language. */
    public SheetText text() {
        return SheetText.bundle(language);
    }

    /** Page width in mm. */
    public double widthMm() {
        return paper.widthMm(orientation);
    }

    /** Page height in mm. */
    public double heightMm() {
        return paper.heightMm(orientation);
    }
}
