package rectimap.print;

import rectimap.model.style.Rgba;
import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;
import rectimap.render.TextExtent;

/**
 * Paints a {@link PreparedSheet} onto any {@link DrawingSurface} the size of the page (a PDF page in points, a PNG
 * in pixels, a preview canvas): title, map frame with north arrow, scale bar and 示意 note, the side panel (legend,
 * tables, overview inset) and the footer (编制单位, date, page number). Sizes come from millimetres through
 * {@link DrawingSurface#unitsPerMm()}, so every output agrees. Stateless; call from any one thread per surface.
 */
public final class SheetPainter {

    static final Rgba INK = Rgba.hex("#212121");
    static final Rgba MUTED = Rgba.hex("#616161");
    private static final double TITLE_MM = 7;
    private static final double SUBTITLE_MM = 3.4;
    private static final double FOOTER_MM = 2.6;
    private static final double FRAME_LINE_MM = 0.35;

    private SheetPainter() {
    }

    /** Paints the whole sheet; the surface is expected to be page-sized at its units per mm. */
    public static void paint(PreparedSheet sheet, DrawingSurface surface) {
        double upm = surface.unitsPerMm();
        SheetLayout layout = sheet.layout();
        rectangle(surface, layout.page(), upm);
        surface.fill(Rgba.WHITE);
        paintTitle(sheet, surface);
        MapFramePainter.paint(sheet, surface);
        rectangle(surface, layout.map(), upm);
        surface.stroke(INK, FRAME_LINE_MM * upm);
        if (layout.panel() != null) {
            SidePanelPainter.paint(sheet, surface);
        }
        paintFooter(sheet, surface);
    }

    private static void paintTitle(PreparedSheet sheet, DrawingSurface surface) {
        double upm = surface.unitsPerMm();
        double scale = sheet.layout().textScale();
        MmBox box = sheet.layout().title();
        double titleSize = TITLE_MM * scale * upm;
        String title = TextFitting.fit(surface, sheet.title(), titleSize, FontWeight.BOLD, box.width() * upm);
        TextExtent extent = surface.measureText(title, titleSize, FontWeight.BOLD);
        double centre = (box.x() + box.width() / 2) * upm;
        double baseline = box.y() * upm + extent.ascent();
        surface.text(title, centre - extent.width() / 2, baseline, titleSize, FontWeight.BOLD, INK,
                Rgba.TRANSPARENT, 0);
        double subSize = SUBTITLE_MM * scale * upm;
        String subtitle = TextFitting.fit(surface, sheet.subtitle(), subSize, FontWeight.NORMAL, box.width() * upm);
        TextExtent sub = surface.measureText(subtitle, subSize, FontWeight.NORMAL);
        surface.text(subtitle, centre - sub.width() / 2, baseline + extent.descent() + sub.ascent() + upm * scale,
                subSize, FontWeight.NORMAL, MUTED, Rgba.TRANSPARENT, 0);
    }

    private static void paintFooter(PreparedSheet sheet, DrawingSurface surface) {
        double upm = surface.unitsPerMm();
        SheetText text = sheet.spec().text();
        MmBox box = sheet.layout().footer();
        double size = FOOTER_MM * sheet.layout().textScale() * upm;
        double baseline = box.bottom() * upm - surface.measureText("编", size, FontWeight.NORMAL).descent();
        StringBuilder left = new StringBuilder();
        if (!sheet.spec().compilingUnit().isEmpty()) {
            left.append(text.format("compiled.by", sheet.spec().compilingUnit())).append("    ");
        }
        left.append(text.format("compiled.on", sheet.spec().date().toString()));
        surface.text(left.toString(), box.x() * upm, baseline, size, FontWeight.NORMAL, INK, Rgba.TRANSPARENT, 0);
        if (sheet.pageCount() > 1) {
            String page = text.format("page", sheet.pageNumber(), sheet.pageCount());
            double width = surface.measureText(page, size, FontWeight.NORMAL).width();
            surface.text(page, box.right() * upm - width, baseline, size, FontWeight.NORMAL, INK, Rgba.TRANSPARENT,
                    0);
        }
    }

    /** Sets the current path to a box given in mm. */
    static void rectangle(DrawingSurface surface, MmBox box, double upm) {
        surface.beginPath();
        surface.moveTo(box.x() * upm, box.y() * upm);
        surface.lineTo(box.right() * upm, box.y() * upm);
        surface.lineTo(box.right() * upm, box.bottom() * upm);
        surface.lineTo(box.x() * upm, box.bottom() * upm);
        surface.closePath();
    }
}
