package rectimap.print;

import java.awt.image.BufferedImage;
import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;
import rectimap.model.style.Rgba;

/**
 * Paints one A4 portrait photo page on any surface ({@link DrawingSurface#unitsPerMm()} scales the millimetres):
 * the title, then per feature its heading and two frames side by side, 整改前 left and 整改后 right, each picture
 * fitted into its frame keeping its proportions, with the tag and caption lines under it; the page number at the
 * foot.
 */
final class EvidencePagePainter {
    static final double WIDTH_MM = 210;
    static final double HEIGHT_MM = 297;
    private static final double MARGIN_MM = 15;
    private static final double GAP_MM = 6;
    private static final double FRAME_H_MM = 60;
    private static final double ROW_MM = 82;
    private static final double TITLE_MM = 5.5;
    private static final double HEADING_MM = 3.8;
    private static final double CAPTION_MM = 2.9;
    private static final Rgba FRAME = Rgba.hex("#9e9e9e");
    private static final Rgba EMPTY = Rgba.hex("#f5f5f5");
    private static final Rgba MUTED = Rgba.hex("#757575");

    private EvidencePagePainter() {
    }

    static void paint(EvidencePages pages, int index, DrawingSurface surface) {
        double upm = surface.unitsPerMm();
        surface.text(pages.title(), MARGIN_MM * upm, (MARGIN_MM + TITLE_MM) * upm, TITLE_MM * upm, FontWeight.BOLD,
                SheetPainter.INK, Rgba.TRANSPARENT, 0);
        double top = MARGIN_MM + TITLE_MM + 6;
        double frameW = (WIDTH_MM - 2 * MARGIN_MM - GAP_MM) / 2;
        for (EvidenceRow row : pages.page(index)) {
            surface.text(TextFitting.fit(surface, row.heading(), HEADING_MM * upm, FontWeight.BOLD,
                    (WIDTH_MM - 2 * MARGIN_MM) * upm), MARGIN_MM * upm, (top + HEADING_MM) * upm, HEADING_MM * upm,
                    FontWeight.BOLD, SheetPainter.INK, Rgba.TRANSPARENT, 0);
            double frameTop = top + HEADING_MM + 2.5;
            side(surface, row.before(), "整改前", MARGIN_MM, frameTop, frameW);
            side(surface, row.after(), "整改后", MARGIN_MM + frameW + GAP_MM, frameTop, frameW);
            top += ROW_MM;
        }
        String foot = "照片页 " + (index + 1) + " / " + pages.pageCount();
        double footW = surface.measureText(foot, CAPTION_MM * upm, FontWeight.NORMAL).width();
        surface.text(foot, (WIDTH_MM - MARGIN_MM) * upm - footW, (HEIGHT_MM - MARGIN_MM / 2) * upm, CAPTION_MM * upm,
                FontWeight.NORMAL, MUTED, Rgba.TRANSPARENT, 0);
    }

    private static void side(DrawingSurface surface, EvidencePhoto photo, String missingTag, double left, double top,
                             double width) {
        double upm = surface.unitsPerMm();
        if (photo == null) {
            surface.rectanglePath(left * upm, top * upm, width * upm, FRAME_H_MM * upm);
            surface.fill(EMPTY);
            String none = "无" + missingTag + "照片";
            double w = surface.measureText(none, CAPTION_MM * upm, FontWeight.NORMAL).width();
            surface.text(none, left * upm + (width * upm - w) / 2, (top + FRAME_H_MM / 2) * upm, CAPTION_MM * upm,
                    FontWeight.NORMAL, MUTED, Rgba.TRANSPARENT, 0);
        } else {
            BufferedImage picture = photo.picture().get();
            double scale = Math.min(width / picture.getWidth(), FRAME_H_MM / picture.getHeight());
            double w = picture.getWidth() * scale;
            double h = picture.getHeight() * scale;
            surface.image(argb(picture), (left + (width - w) / 2) * upm, (top + (FRAME_H_MM - h) / 2) * upm, w * upm,
                    h * upm);
        }
        surface.rectanglePath(left * upm, top * upm, width * upm, FRAME_H_MM * upm);
        surface.stroke(FRAME, 0.2 * upm);
        if (photo == null) {
            return;
        }
        double y = top + FRAME_H_MM + 1.5 + CAPTION_MM;
        surface.text(photo.tag(), left * upm, y * upm, CAPTION_MM * upm, FontWeight.BOLD, SheetPainter.INK,
                Rgba.TRANSPARENT, 0);
        for (String line : photo.caption()) {
            y += CAPTION_MM * 1.35;
            surface.text(TextFitting.fit(surface, line, CAPTION_MM * upm, FontWeight.NORMAL, width * upm), left * upm,
                    y * upm, CAPTION_MM * upm, FontWeight.NORMAL, SheetPainter.INK, Rgba.TRANSPARENT, 0);
        }
    }

    /** The surfaces take non-premultiplied ARGB pictures. */
    private static BufferedImage argb(BufferedImage picture) {
        if (picture.getType() == BufferedImage.TYPE_INT_ARGB) {
            return picture;
        }
        BufferedImage argb = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = argb.createGraphics();
        try {
            g.drawImage(picture, 0, 0, null);
        } finally {
            g.dispose();
        }
        return argb;
    }
}
