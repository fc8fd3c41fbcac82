package rectimap.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import rectimap.model.style.Rgba;
import rectimap.raster.RasterFrame;

/**
 * The credit line of the imagery on the map ("© 天地图 · 正射影像 2024"): the distinct attributions of the drawn
 * frames joined by " · ", small grey text with a white halo in the bottom-right corner of the map, on screen and on
 * paper alike (sizes in millimetres).
 */
final class RasterAttribution {

    private static final double TEXT_MM = 2.2;
    private static final double MARGIN_MM = 1.5;
    private static final double HALO_MM = 0.4;
    private static final Rgba TEXT = Rgba.hex("#303030");

    private RasterAttribution() {
    }

    /** The joined text, or "" when no frame needs a credit. */
    static String text(List<RasterFrame> frames) {
        Set<String> credits = new LinkedHashSet<>();
        for (RasterFrame frame : frames) {
            if (!frame.attribution().isBlank() && frame.opacity() > 0) {
                credits.add(frame.attribution().strip());
            }
        }
        return String.join(" · ", credits);
    }

    /** Where the credit goes in surface units (labels keep out of it); null when there is none. */
    static Envelope bounds(String text, DrawingSurface surface) {
        if (text.isEmpty()) {
            return null;
        }
        double upm = surface.unitsPerMm();
        TextExtent extent = surface.measureText(text, TEXT_MM * upm, FontWeight.NORMAL);
        double right = surface.width() - MARGIN_MM * upm;
        double bottom = surface.height() - MARGIN_MM * upm;
        return new Envelope(right - extent.width(), right, bottom - extent.height(), bottom);
    }

    static void paint(String text, DrawingSurface surface) {
        Envelope box = bounds(text, surface);
        if (box == null) {
            return;
        }
        double upm = surface.unitsPerMm();
        TextExtent extent = surface.measureText(text, TEXT_MM * upm, FontWeight.NORMAL);
        surface.text(text, box.getMinX(), box.getMinY() + extent.ascent(), TEXT_MM * upm, FontWeight.NORMAL, TEXT,
                Rgba.WHITE, HALO_MM * upm);
    }
}
