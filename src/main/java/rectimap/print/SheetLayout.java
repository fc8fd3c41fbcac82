package rectimap.print;

/**
 * Where the parts of a sheet go, in millimetres: the title band on top, the map frame, a side panel on the right
 * (legend, responsibility table, overview inset) when any of those is shown, and the footer (编制单位, date, page).
 * {@code textScale} grows text with the paper (1 on A4, √2 on A3, …) so a wall map reads from a distance; map symbols
 * stay in their own millimetres.
 */
public record SheetLayout(MmBox page, MmBox title, MmBox map, MmBox panel, MmBox footer, double textScale) {

    private static final double MARGIN_MM = 10;
    private static final double GAP_MM = 4;
    private static final double TITLE_BAND_MM = 15;
    private static final double FOOTER_BAND_MM = 6;
    private static final double PANEL_SHARE = 0.22;
    private static final double PANEL_MIN_MM = 52;
    private static final double PANEL_MAX_MM = 95;

    /** The layout of a sheet; {@code panel} is null when no side panel part is shown. */
    public static SheetLayout of(SheetSpec spec) {
        return of(spec, false);
    }

    /** The layout, with a side panel also when no element asks for one but {@code tables} are to be shown. */
    static SheetLayout of(SheetSpec spec, boolean tables) {
        double width = spec.widthMm();
        double height = spec.heightMm();
        double text = spec.paper().scaleFromA4();
        double margin = MARGIN_MM * Math.sqrt(text);
        double titleBand = TITLE_BAND_MM * text;
        double footerBand = FOOTER_BAND_MM * text;
        MmBox page = new MmBox(0, 0, width, height);
        MmBox content = page.inset(margin);
        MmBox title = new MmBox(content.x(), content.y(), content.width(), titleBand);
        MmBox footer = new MmBox(content.x(), content.bottom() - footerBand, content.width(), footerBand);
        double mapTop = title.bottom();
        double mapHeight = footer.y() - GAP_MM - mapTop;
        boolean panel = tables || spec.shows(SheetElement.LEGEND) || spec.shows(SheetElement.OVERVIEW_INSET)
                || spec.shows(SheetElement.RESPONSIBILITY_TABLE);
        if (!panel) {
            return new SheetLayout(page, title, new MmBox(content.x(), mapTop, content.width(), mapHeight), null,
                    footer, text);
        }
        double panelWidth = Math.min(PANEL_MAX_MM * text,
                Math.max(PANEL_MIN_MM * Math.sqrt(text), PANEL_SHARE * content.width()));
        MmBox map = new MmBox(content.x(), mapTop, content.width() - panelWidth - GAP_MM, mapHeight);
        MmBox side = new MmBox(map.right() + GAP_MM, mapTop, panelWidth, mapHeight);
        return new SheetLayout(page, title, map, side, footer, text);
    }
}
