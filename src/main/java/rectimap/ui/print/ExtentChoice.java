package rectimap.ui.print;

/** What the sheet's map shows, as the dialog offers it; the place itself is picked separately. */
public enum ExtentChoice {
    /** The map window's current view. */
    CURRENT_VIEW,
    /** One township (its code in {@link SheetDesign#townshipCode()}). */
    TOWNSHIP,
    /** One village of the picked township ({@link SheetDesign#villageCode()}). */
    VILLAGE,
    /** One demonstration site ({@link SheetDesign#siteCode()}). */
    DEMONSTRATION_SITE,
    /** The whole district. */
    DISTRICT
}
