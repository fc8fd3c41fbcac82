package rectimap.print;

import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import rectimap.model.style.Rgba;
import rectimap.render.DrawingSurface;
import rectimap.render.MapRenderer;
import rectimap.render.Viewport;

/**
 * The overview inset: the whole district (its outline, townships and the lake, without labels) fitted into a box,
 * with the sheet's map frame drawn on it as a red rectangle so a reader sees where the sheet lies.
 */
final class OverviewInsetPainter {

    private static final Rgba SHEET_FRAME = Rgba.hex("#d32f2f");
    private static final double MARGIN_MM = 2;

    private OverviewInsetPainter() {
    }

    static void paint(PreparedSheet sheet, DrawingSurface page, MmBox box) {
        double upm = page.unitsPerMm();
        FrameSurface surface = FrameSurface.openClipped(page, box, MapFramePainter.MAP_BACKGROUND);
        double width = surface.width();
        double height = surface.height();
        Envelope district = sheet.content().district().extentDisplay();
        Viewport viewport = Viewport.fitting(district, (int) Math.floor(width), (int) Math.floor(height),
                (int) Math.round(MARGIN_MM * upm));
        new MapRenderer(upm * 25.4).render(sheet.content().insetLayers(), viewport, surface, Set.of());
        Envelope frame = sheet.mapExtent();
        double left = viewport.toScreenX(frame.getMinX());
        double right = viewport.toScreenX(frame.getMaxX());
        double top = viewport.toScreenY(frame.getMaxY());
        double bottom = viewport.toScreenY(frame.getMinY());
        surface.rectanglePath(left, top, right - left, bottom - top);
        surface.fill(SHEET_FRAME.withAlpha(0.12));
        surface.stroke(SHEET_FRAME, 0.5 * upm);
        surface.restore();
        SheetPainter.rectangle(page, box, upm);
        page.stroke(SheetPainter.INK, 0.25 * upm);
        String title = sheet.spec().text().get("inset.title");
        double size = 2.4 * Math.sqrt(sheet.layout().textScale()) * upm;
        page.text(title, (box.x() + 1.2) * upm, box.y() * upm + size, size, rectimap.render.FontWeight.NORMAL,
                SheetPainter.INK, Rgba.WHITE, 0.3 * upm);
    }
}
