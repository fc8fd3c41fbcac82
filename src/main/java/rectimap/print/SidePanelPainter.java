package rectimap.print;

import rectimap.render.DrawingSurface;

/**
 * Fills the side panel from the top: the legend, then the tables, with the overview inset (a square as wide as the
 * panel, at most 45% of its height) kept at the bottom. The legend takes what the tables do not need, and at least
 * {@link #LEGEND_SHARE} when they are long. Parts that do not fit are cut with a "…另有 n 条" line.
 */
final class SidePanelPainter {

    private static final double GAP_MM = 4;
    private static final double INSET_MAX_SHARE = 0.45;
    /** With tables below it, the inset shrinks to this share and the legend takes at most {@link #LEGEND_SHARE}. */
    private static final double INSET_SHARE_WITH_TABLES = 0.3;
    private static final double LEGEND_SHARE = 0.55;

    private SidePanelPainter() {
    }

    static void paint(PreparedSheet sheet, DrawingSurface surface) {
        MmBox panel = sheet.layout().panel();
        double bottom = panel.bottom();
        boolean tables = !sheet.tables().isEmpty();
        if (sheet.spec().shows(SheetElement.OVERVIEW_INSET) && !sheet.content().insetLayers().isEmpty()) {
            double side = Math.min(panel.width(),
                    panel.height() * (tables ? INSET_SHARE_WITH_TABLES : INSET_MAX_SHARE));
            MmBox inset = new MmBox(panel.x(), panel.bottom() - side, panel.width(), side);
            OverviewInsetPainter.paint(sheet, surface, inset);
            bottom = inset.y() - GAP_MM;
        }
        double top = panel.y();
        if (!sheet.legend().isEmpty()) {
            double free = bottom - top;
            double legendHeight = tables ? Math.max(free * LEGEND_SHARE, free - tablesMm(sheet, surface)) : free;
            top = LegendPainter.paint(sheet, surface, new MmBox(panel.x(), top, panel.width(), legendHeight))
                    + GAP_MM;
        }
        for (SheetTable table : sheet.tables()) {
            if (bottom - top <= GAP_MM) {
                break;
            }
            top = SheetTablePainter.paint(table, sheet.layout().textScale(), sheet.spec().text(), surface,
                    new MmBox(panel.x(), top, panel.width(), bottom - top)) + GAP_MM;
        }
    }

    private static double tablesMm(PreparedSheet sheet, DrawingSurface surface) {
        return sheet.tables().stream().mapToDouble(table -> SheetTablePainter.heightMm(table,
                sheet.layout().textScale(), surface) + GAP_MM).sum();
    }
}
