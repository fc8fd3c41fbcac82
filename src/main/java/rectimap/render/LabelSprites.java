package rectimap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import rectimap.model.style.Rgba;

/**
 * Labels rasterised once (glyphs plus halo) and reused as small images: stroking the halo around CJK glyph outlines
 * costs about a quarter of a millisecond per label, while the same labels come back frame after frame when panning
 * and zooming. Positions snap to whole pixels (at most half a pixel off). A bounded LRU shared by all image surfaces
 * of the JVM; thread-safe.
 */
final class LabelSprites {

    /** At ~8 KB a label, about 8 MB at most. */
    private static final int MAX_SPRITES = 1024;

    record Key(String text, double sizeUnits, FontWeight weight, Rgba color, Rgba halo, double haloUnits,
               String fontName) {
    }

    /** A label image and where its left baseline point sits inside it. */
    record Sprite(BufferedImage image, int baselineX, int baselineY) {
    }

    private static final Map<Key, Sprite> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Sprite> eldest) {
            return size() > MAX_SPRITES;
        }
    };

    private LabelSprites() {
    }

    /** The sprite for the key, drawn from {@code glyphs} (outline with the left baseline at 0,0) when missing. */
    static Sprite sprite(Key key, Supplier<Shape> glyphs) {
        synchronized (CACHE) {
            Sprite cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Sprite drawn = draw(key, glyphs.get());
        synchronized (CACHE) {
            CACHE.put(key, drawn);
        }
        return drawn;
    }

    private static Sprite draw(Key key, Shape glyphs) {
        double pad = key.haloUnits() + 2;
        Rectangle2D bounds = glyphs.getBounds2D();
        int originX = (int) Math.ceil(-bounds.getMinX() + pad);
        int originY = (int) Math.ceil(-bounds.getMinY() + pad);
        int width = Math.max(1, (int) Math.ceil(bounds.getWidth() + 2 * pad) + 1);
        int height = Math.max(1, (int) Math.ceil(bounds.getHeight() + 2 * pad) + 1);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            Shape placed = AffineTransform.getTranslateInstance(originX, originY).createTransformedShape(glyphs);
            if (!key.halo().isTransparent() && key.haloUnits() > 0) {
                g.setStroke(new BasicStroke((float) (2 * key.haloUnits()), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                g.setColor(awt(key.halo()));
                g.draw(placed);
            }
            g.setColor(awt(key.color()));
            g.fill(placed);
        } finally {
            g.dispose();
        }
        return new Sprite(image, originX, originY);
    }

    private static Color awt(Rgba rgba) {
        return new Color(rgba.red(), rgba.green(), rgba.blue(), (int) Math.round(rgba.alpha() * 255));
    }
}
