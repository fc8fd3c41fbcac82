package rectimap.ui.print;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import rectimap.print.ExportPreset;
import rectimap.print.Orientation;
import rectimap.print.Paper;
import rectimap.print.SheetElement;

/**
 * Everything the sheet designer lets the user choose, as one immutable value (what is remembered per project).
 * Text left empty means "derived from what is shown" ({@link SheetTitles}); codes are official division codes, empty
 * when not picked; {@code scaleDenominator} 0 means fitted to the extent; {@code date} null means the day of export.
 */
public record SheetDesign(Paper paper, Orientation orientation, String customTitle, String customSubtitle,
                          ExtentChoice extent, String townshipCode, String villageCode, String siteCode,
                          int scaleDenominator, Set<SheetElement> elements, String customCompilingUnit,
                          LocalDate date, AtlasChoice atlas, AtlasFiles atlasFiles, ExportPreset preset) {

    public SheetDesign {
        customTitle = customTitle == null ? "" : customTitle.strip();
        customSubtitle = customSubtitle == null ? "" : customSubtitle.strip();
        customCompilingUnit = customCompilingUnit == null ? "" : customCompilingUnit.strip();
        townshipCode = townshipCode == null ? "" : townshipCode;
        villageCode = villageCode == null ? "" : villageCode;
        siteCode = siteCode == null ? "" : siteCode;
        elements = elements.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(elements));
        if (scaleDenominator < 0) {
            throw new IllegalArgumentException("scale denominator must be 0 (fitted) or positive: " + scaleDenominator);
        }
    }

    /** A first sheet: A4 portrait of the current view, fitted, the core's default parts, 会议 preset. */
    public static SheetDesign defaults() {
        return new SheetDesign(Paper.A4, Orientation.PORTRAIT, "", "", ExtentChoice.CURRENT_VIEW, "", "", "", 0,
                SheetElement.defaults(),
                "", null, AtlasChoice.SINGLE_SHEET, AtlasFiles.ONE_PDF, ExportPreset.MEETING);
    }

    public SheetDesign withPaper(Paper value) {
        return new SheetDesign(value, orientation, customTitle, customSubtitle, extent, townshipCode, villageCode,
                siteCode, scaleDenominator, elements, customCompilingUnit, date, atlas, atlasFiles, preset);
    }

    public SheetDesign withOrientation(Orientation value) {
        return new SheetDesign(paper, value, customTitle, customSubtitle, extent, townshipCode, villageCode,
                siteCode, scaleDenominator, elements, customCompilingUnit, date, atlas, atlasFiles, preset);
    }

    public SheetDesign withTexts(String title, String subtitle, String compilingUnit) {
        return new SheetDesign(paper, orientation, title, subtitle, extent, townshipCode, villageCode, siteCode,
                scaleDenominator, elements, compilingUnit, date, atlas, atlasFiles, preset);
    }

    public SheetDesign withExtent(ExtentChoice value, String township, String village, String site) {
        return new SheetDesign(paper, orientation, customTitle, customSubtitle, value, township, village, site,
                scaleDenominator, elements, customCompilingUnit, date, atlas, atlasFiles, preset);
    }

    public SheetDesign withScale(int denominator) {
        return new SheetDesign(paper, orientation, customTitle, customSubtitle, extent, townshipCode, villageCode,
                siteCode, denominator, elements, customCompilingUnit, date, atlas, atlasFiles, preset);
    }

    /** The same design with {@code element} shown or not. */
    public SheetDesign withElement(SheetElement element, boolean shown) {
        EnumSet<SheetElement> next = elements.isEmpty() ? EnumSet.noneOf(SheetElement.class) : EnumSet.copyOf(elements);
        if (shown) {
            next.add(element);
        } else {
            next.remove(element);
        }
        return new SheetDesign(paper, orientation, customTitle, customSubtitle, extent, townshipCode, villageCode,
                siteCode, scaleDenominator, next, customCompilingUnit, date, atlas, atlasFiles, preset);
    }

    public SheetDesign withDate(LocalDate value) {
        return new SheetDesign(paper, orientation, customTitle, customSubtitle, extent, townshipCode, villageCode,
                siteCode, scaleDenominator, elements, customCompilingUnit, value, atlas, atlasFiles, preset);
    }

    public SheetDesign withAtlas(AtlasChoice value, AtlasFiles files) {
        return new SheetDesign(paper, orientation, customTitle, customSubtitle, extent, townshipCode, villageCode,
                siteCode, scaleDenominator, elements, customCompilingUnit, date, value, files, preset);
    }

    public SheetDesign withPreset(ExportPreset value) {
        return new SheetDesign(paper, orientation, customTitle, customSubtitle, extent, townshipCode, villageCode,
                siteCode, scaleDenominator, elements, customCompilingUnit, date, atlas, atlasFiles, value);
    }

    /** The page's width and height in millimetres, orientation applied. */
    public double pageWidthMm() {
        return paper.widthMm(orientation);
    }

    public double pageHeightMm() {
        return paper.heightMm(orientation);
    }
}
