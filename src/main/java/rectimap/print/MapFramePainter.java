package rectimap.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import rectimap.model.style.Rgba;
import rectimap.render.DrawingSurface;
import rectimap.raster.RasterFrame;
import rectimap.render.MapRenderer;
import rectimap.render.RasterFramePainter;
import rectimap.render.SchematicBadge;
import rectimap.render.Viewport;

/**
 * Paints the map frame of a sheet: the map at exactly the sheet's scale through the app's {@link MapRenderer}, the
 * sheet's place outlined (and the outside greyed when asked), then the north arrow, the scale bar and the 示意 note on
 * top. Everything is clipped to the frame.
 */
final class MapFramePainter {

    static final Rgba MAP_BACKGROUND = Rgba.hex("#fbfaf7");
    private static final Rgba OUTSIDE_GREY = Rgba.hex("#5f5f5f").withAlpha(0.45);
    private static final Rgba PLACE_OUTLINE = Rgba.hex("#c62828");
    private static final double PLACE_OUTLINE_MM = 0.6;
    /** Resolution of imagery on a PDF sheet: print quality, while an A3 frame stays a few megabytes as JPEG. */
    static final double IMAGERY_DPI = 300;

    private MapFramePainter() {
    }

    static void paint(PreparedSheet sheet, DrawingSurface page) {
        double upm = page.unitsPerMm();
        MmBox frame = sheet.layout().map();
        FrameSurface surface = FrameSurface.openClipped(page, frame, MAP_BACKGROUND);
        double width = surface.width();
        double height = surface.height();
        Viewport viewport = viewport(sheet, width, height, upm);
        List<Envelope> keepOut = new ArrayList<>();
        double scale = sheet.layout().textScale();
        SheetText text = sheet.spec().text();
        if (sheet.spec().shows(SheetElement.NORTH_ARROW)) {
            keepOut.add(NorthArrow.bounds(surface, scale));
        }
        if (sheet.spec().shows(SheetElement.SCALE_BAR)) {
            keepOut.add(ScaleBarPainter.bounds(sheet, surface));
        }
        boolean badge = sheet.spec().shows(SheetElement.SCHEMATIC_NOTE) && sheet.content().schematic();
        if (badge) {
            keepOut.add(SchematicBadge.bounds(surface, text.get("schematic.title"), text.get("schematic.note")));
        }
        List<RasterFrame> imagery = RasterFramePainter.prepare(sheet.content().rasters(), viewport,
                imageryPixelsPerUnit(upm), sheet.content()::reportRasterProblem);
        MapRenderer.forPaper(upm * 25.4).render(imagery, sheet.content().layers(), viewport, surface, Set.of(),
                keepOut);
        paintPlace(sheet, surface, viewport, width, height);
        if (sheet.spec().shows(SheetElement.NORTH_ARROW)) {
            NorthArrow.draw(surface, scale, text);
        }
        if (sheet.spec().shows(SheetElement.SCALE_BAR)) {
            ScaleBarPainter.draw(sheet, surface);
        }
        if (badge) {
            SchematicBadge.draw(surface, text.get("schematic.title"), text.get("schematic.note"));
        }
        surface.restore();
    }

    /**
     * Imagery pixels per surface unit: a pixel surface (PNG, preview, printer; 96 dpi and up) gets one per pixel, a
     * PDF page (units are points, 72 per inch) {@link #IMAGERY_DPI} — the sheet's resolution, not the screen's.
     */
    static double imageryPixelsPerUnit(double unitsPerMm) {
        double dpi = unitsPerMm * 25.4;
        return dpi >= MapRenderer.SCREEN_DPI ? 1 : IMAGERY_DPI / dpi;
    }

    /**
     * The viewport whose units are the surface's and whose ground size per unit gives exactly 1:N; the centre is
     * shifted by the rounding of the frame to whole units so the sheet's centre lands mid-frame.
     */
    static Viewport viewport(PreparedSheet sheet, double width, double height, double upm) {
        double metresPerUnit = sheet.metresPerMm() / upm;
        int widthUnits = (int) Math.ceil(width);
        int heightUnits = (int) Math.ceil(height);
        double centreX = sheet.centreX() + (widthUnits / 2.0 - width / 2) * metresPerUnit;
        double centreY = sheet.centreY() - (heightUnits / 2.0 - height / 2) * metresPerUnit;
        return new Viewport(centreX, centreY, metresPerUnit, widthUnits, heightUnits);
    }

    private static void paintPlace(PreparedSheet sheet, DrawingSurface surface, Viewport viewport, double width,
                                   double height) {
        SheetPlace place = sheet.place();
        if (place == null || place.areaDisplay() == null || place.kind() == SheetPlace.Kind.DISTRICT) {
            return;
        }
        double upm = surface.unitsPerMm();
        if (sheet.spec().shows(SheetElement.OUTSIDE_GREYED)) {
            surface.rectanglePath(0, 0, width, height);
            trace(surface, place.areaDisplay(), viewport);
            surface.fill(OUTSIDE_GREY);
        }
        surface.beginPath();
        trace(surface, place.areaDisplay(), viewport);
        surface.stroke(PLACE_OUTLINE, PLACE_OUTLINE_MM * upm, 2.4 * upm, 1.2 * upm);
    }

    /** Adds every ring of the (multi)polygon to the current path in surface units. */
    static void trace(DrawingSurface surface, Geometry area, Viewport viewport) {
        for (int p = 0; p < area.getNumGeometries(); p++) {
            if (!(area.getGeometryN(p) instanceof Polygon polygon)) {
                continue;
            }
            ring(surface, polygon.getExteriorRing().getCoordinates(), viewport);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                ring(surface, polygon.getInteriorRingN(h).getCoordinates(), viewport);
            }
        }
    }

    private static void ring(DrawingSurface surface, Coordinate[] ring, Viewport viewport) {
        for (int i = 0; i < ring.length; i++) {
            double x = viewport.toScreenX(ring[i].x);
            double y = viewport.toScreenY(ring[i].y);
            if (i == 0) {
                surface.moveTo(x, y);
            } else {
                surface.lineTo(x, y);
            }
        }
        surface.closePath();
    }
}
