package rectimap.render;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.Path2D;
import java.util.HashMap;
import java.util.Map;

/**
 * Text as Java2D glyph outlines with per-character font fallback: runs the base font can display use it, the rest
 * the JVM's logical sans-serif (so a rare character shows instead of a box). Outlines, not drawString, so the halo
 * is a stroke of exactly the glyphs that are filled. Not thread-safe (font cache).
 */
final class MapText {

    private final Font base;
    private final Font fallback = MapFonts.fallback();
    private final FontRenderContext context;
    /** Derived fonts by (base or fallback, size, weight): deriving and naming fonts is slow (a map frame measures
     * every label it considers). */
    private final Map<Sized, Font> derived = new HashMap<>();

    private record Sized(boolean base, double size, FontWeight weight) {
    }

    MapText(Font base, FontRenderContext context) {
        this.base = base;
        this.context = context;
    }

    Font baseFont() {
        return base;
    }

    /** The outline of {@code text} with its left baseline at (x, y). */
    Shape outline(String text, double x, double y, double size, FontWeight weight) {
        Path2D.Float outline = new Path2D.Float(Path2D.WIND_NON_ZERO);
        double penX = x;
        int start = 0;
        while (start < text.length()) {
            Font font = fontFor(text.codePointAt(start), size, weight);
            int end = runEnd(text, start);
            GlyphVector glyphs = font.createGlyphVector(context, text.substring(start, end));
            outline.append(glyphs.getOutline((float) penX, (float) y), false);
            penX += glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
            start = end;
        }
        return outline;
    }

    TextExtent measure(String text, double size, FontWeight weight) {
        double width = 0;
        int start = 0;
        while (start < text.length()) {
            Font font = fontFor(text.codePointAt(start), size, weight);
            int end = runEnd(text, start);
            GlyphVector glyphs = font.createGlyphVector(context, text.substring(start, end));
            width += glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
            start = end;
        }
        LineMetrics metrics = sized(base, size, weight).getLineMetrics(text.isEmpty() ? "国" : text, context);
        return new TextExtent(width, metrics.getAscent(), metrics.getDescent());
    }

    /** The end of the run starting at {@code start} that one font draws: all displayable by the base font, or none. */
    private int runEnd(String text, int start) {
        boolean baseRun = base.canDisplay(text.codePointAt(start));
        int end = start;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            if (base.canDisplay(codePoint) != baseRun) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return end;
    }

    private Font fontFor(int codePoint, double size, FontWeight weight) {
        return sized(base.canDisplay(codePoint) ? base : fallback, size, weight);
    }

    private Font sized(Font font, double size, FontWeight weight) {
        return derived.computeIfAbsent(new Sized(font == base, size, weight), k -> font.deriveFont(
                weight == FontWeight.BOLD ? Font.BOLD : Font.PLAIN, (float) size));
    }
}
