package rectimap.render;

import org.locationtech.jts.geom.Envelope;
import rectimap.model.style.Rgba;

/**
 * The 示意 (schematic) badge: a boxed "示意" with a short note, drawn in the top-right corner whenever layers with
 * generated geometry are shown, so nobody takes the sample's shapes for surveyed boundaries. Sizes in mm. The words
 * are Chinese unless a caller gives its own (an English sheet).
 */
public final class SchematicBadge {

    /** The badge word. */
    public static final String TITLE = "示意";
    /** The short note under the badge word. */
    public static final String NOTE = "几何为示意图形，非实测边界";

    private static final Rgba BOX = Rgba.WHITE.withAlpha(0.88);
    private static final Rgba FRAME = Rgba.hex("#c62828");
    private static final double MARGIN_MM = 3;
    private static final double PADDING_MM = 1.5;
    private static final double TITLE_MM = 5;
    private static final double NOTE_MM = 2.6;

    private SchematicBadge() {
    }

    /** Where {@link #draw} puts the badge on this surface (surface units, y down), e.g. to keep labels out. */
    public static Envelope bounds(DrawingSurface surface) {
        return bounds(surface, TITLE, NOTE);
    }

    /** As {@link #bounds(DrawingSurface)} for a badge of these words. */
    public static Envelope bounds(DrawingSurface surface, String word, String noteText) {
        double upm = surface.unitsPerMm();
        TextExtent title = surface.measureText(word, TITLE_MM * upm, FontWeight.BOLD);
        TextExtent note = surface.measureText(noteText, NOTE_MM * upm, FontWeight.NORMAL);
        double pad = PADDING_MM * upm;
        double width = Math.max(title.width(), note.width()) + 2 * pad;
        double height = title.height() + note.height() + 2.5 * pad;
        double left = surface.width() - MARGIN_MM * upm - width;
        double top = MARGIN_MM * upm;
        return new Envelope(left, left + width, top, top + height);
    }

    /** Draws the badge in the top-right corner of the surface. */
    public static void draw(DrawingSurface surface) {
        draw(surface, TITLE, NOTE);
    }

    /** Draws a badge of these words (the badge word, the note under it) in the top-right corner. */
    public static void draw(DrawingSurface surface, String word, String noteText) {
        double upm = surface.unitsPerMm();
        TextExtent title = surface.measureText(word, TITLE_MM * upm, FontWeight.BOLD);
        TextExtent note = surface.measureText(noteText, NOTE_MM * upm, FontWeight.NORMAL);
        double pad = PADDING_MM * upm;
        Envelope box = bounds(surface, word, noteText);
        double left = box.getMinX();
        double top = box.getMinY();
        double width = box.getWidth();
        double height = box.getHeight();
        surface.rectanglePath(left, top, width, height);
        surface.fill(BOX);
        surface.stroke(FRAME, 0.4 * upm);
        surface.text(word, left + (width - title.width()) / 2, top + pad + title.ascent(), TITLE_MM * upm,
                FontWeight.BOLD, FRAME, Rgba.TRANSPARENT, 0);
        surface.text(noteText, left + pad, top + 1.5 * pad + title.height() + note.ascent(), NOTE_MM * upm,
                FontWeight.NORMAL, Rgba.hex("#424242"), Rgba.TRANSPARENT, 0);
    }
}
