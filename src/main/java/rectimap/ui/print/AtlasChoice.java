package rectimap.ui.print;

/** One sheet, or an atlas of sheets, one per place. */
public enum AtlasChoice {
    /** Just the sheet the preview shows. */
    SINGLE_SHEET,
    /** One sheet per township of the district. */
    PER_TOWNSHIP,
    /** One sheet per village of the picked township. */
    VILLAGES_OF_TOWNSHIP,
    /** One sheet per demonstration site. */
    DEMONSTRATION_SITES
}
