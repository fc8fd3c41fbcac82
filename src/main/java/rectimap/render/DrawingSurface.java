package rectimap.render;

import java.awt.image.BufferedImage;
import rectimap.model.style.Rgba;

/**
 * Where the renderer draws: a JavaFX canvas, a Java2D image or a PDF page. Coordinates are surface units with the
 * origin top-left and y downward; {@link #unitsPerMm()} turns symbol sizes in millimetres into units. A path is
 * built with moveTo/lineTo/closePath and used by fill, stroke or clip; as on an HTML or JavaFX canvas, those keep the
 * path (so one path may be filled, then stroked twice) until the next {@link #beginPath()}. Not thread-safe.
 */
public interface DrawingSurface {

    /** Surface width in units. */
    double width();

    /** Surface height in units. */
    double height();

    /** Units per millimetre on the output (pixels for screens and images, points for PDF). */
    double unitsPerMm();

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    /** Sets the current path to an axis-aligned box, in surface units (left, top, width, height). */
    default void rectanglePath(double left, double top, double width, double height) {
        beginPath();
        moveTo(left, top);
        lineTo(left + width, top);
        lineTo(left + width, top + height);
        lineTo(left, top + height);
        closePath();
    }

    /** Fills the current path with the even-odd rule (polygon holes stay open). */
    void fill(Rgba color);

    /**
     * Fills the current path, a batch of many separate small areas, as {@link #fill}. A surface painted in bands
     * (whose batches hold only the band's features) must draw a batch the same way whatever it holds, so that every
     * pixel comes out as in one pass; the image surface gives batches to Java2D for that reason.
     */
    default void fillBatch(Rgba color) {
        fill(color);
    }

    /** Strokes the current path with round joins and caps; {@code dashUnits} may be empty for a solid line. */
    void stroke(Rgba color, double widthUnits, double... dashUnits);

    /** Intersects the clip with the current path; undone by {@link #restore()}. */
    void clip();

    /** Saves clip, alpha and transform state. */
    void save();

    void restore();

    /** Multiplies the alpha of everything drawn until {@link #restore()} (layer opacity). */
    void setAlpha(double alpha);

    /**
     * Draws {@code image} (non-premultiplied {@link BufferedImage#TYPE_INT_ARGB}: warped imagery) stretched over the
     * box at ({@code left}, {@code top}) of {@code width × height} units, under the current clip and alpha. Screen and
     * image surfaces resample it smoothly when scaled; a PDF embeds it once as a JPEG image (with a soft mask only
     * where it has transparent pixels), so vectors drawn after it stay vectors.
     */
    void image(BufferedImage image, double left, double top, double width, double height);

    /**
     * Draws text with its left baseline at (x, y) in the given font size; {@code halo} (may be transparent) is drawn
     * as an outline of {@code haloUnits} under the text so labels stay legible over the map.
     */
    void text(String text, double x, double y, double sizeUnits, FontWeight weight, Rgba color, Rgba halo,
              double haloUnits);

    /** The advance width and height (ascent+descent) of text at this size, in units. */
    TextExtent measureText(String text, double sizeUnits, FontWeight weight);
}
