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
    private final Map<String, Font> derived = new HashMap<>();

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
            int end = runEnd(text, start, font);
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
            int end = runEnd(text, start, font);
            GlyphVector glyphs = font.createGlyphVector(context, text.substring(start, end));
            width += glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
            start = end;
        }
        LineMetrics metrics = sized(base, size, weight).getLineMetrics(text.isEmpty() ? "国" : text, context);
        return new TextExtent(width, metrics.getAscent(), metrics.getDescent());
    }

    /** The end of the run starting at {@code start} that {@code font} draws (all displayable by it, or none). */
    private int runEnd(String text, int start, Font font) {
        boolean baseRun = font.getFamily().equals(base.getFamily());
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
        String key = font.getFamily() + '|' + size + '|' + weight;
        return derived.computeIfAbsent(key, k -> font.deriveFont(weight == FontWeight.BOLD ? Font.BOLD : Font.PLAIN,
                (float) size));
    }
}
