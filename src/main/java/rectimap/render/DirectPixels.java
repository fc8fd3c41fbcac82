package rectimap.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Draws thin strokes ({@link ThinStrokes}) and small fills ({@link AreaFills}) straight into the pixels of an
 * {@code INT_ARGB} image when the Graphics2D drawing on it is in a state they reproduce exactly: source-over at some
 * opacity, no transform, no clip or a whole-pixel rectangle (a band's). Otherwise the caller lets Java2D draw. One per
 * surface and thread (the fills keep a buffer).
 */
final class DirectPixels {

    private final int width;
    private final int height;
    private final ThinStrokes strokes;
    private final AreaFills fills;

    DirectPixels(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB) {
            throw new IllegalArgumentException("direct drawing needs an INT_ARGB image");
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int scanline = ((SinglePixelPackedSampleModel) image.getRaster().getSampleModel()).getScanlineStride();
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.strokes = new ThinStrokes(pixels, scanline);
        this.fills = new AreaFills(pixels, scanline);
    }

    /** Fills {@code path} in {@code argb} (straight alpha) if it is small enough; false when Java2D must. */
    boolean fill(Path2D.Double path, Graphics2D graphics, int argb) {
        PixelBox clip = clipOf(graphics);
        if (clip == null) {
            return false;
        }
        Rectangle2D box = path.getBounds2D();
        return fills.fill(path.getPathIterator(null), box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), argb,
                opacityOf(graphics), new PixelBox(0, 0, width, height), clip);
    }

    /** Strokes {@code path} if the line is thin enough and solid; false when Java2D must. */
    boolean stroke(Path2D.Double path, Graphics2D graphics, int argb, double widthPx, boolean dashed) {
        PixelBox clip = dashed || widthPx > ThinStrokes.MAX_WIDTH_PX ? null : clipOf(graphics);
        if (clip == null) {
            return false;
        }
        strokes.stroke(path.getPathIterator(null), argb, opacityOf(graphics), widthPx, clip);
        return true;
    }

    /** Where direct drawing may paint, or null when Graphics2D's state is one it does not reproduce. */
    private PixelBox clipOf(Graphics2D graphics) {
        if (!graphics.getTransform().isIdentity() || !(graphics.getComposite() instanceof AlphaComposite composite)
                || composite.getRule() != AlphaComposite.SRC_OVER) {
            return null;
        }
        Rectangle box = new Rectangle(0, 0, width, height);
        Shape clip = graphics.getClip();
        if (clip != null) {
            if (!(clip instanceof Rectangle2D rectangle) || !isWholePixels(rectangle)) {
                return null;
            }
            box = box.intersection(rectangle.getBounds());
        }
        return new PixelBox(box.x, box.y, box.x + Math.max(0, box.width), box.y + Math.max(0, box.height));
    }

    private static double opacityOf(Graphics2D graphics) {
        return ((AlphaComposite) graphics.getComposite()).getAlpha();
    }

    private static boolean isWholePixels(Rectangle2D rectangle) {
        return rectangle.getX() == Math.rint(rectangle.getX()) && rectangle.getY() == Math.rint(rectangle.getY())
                && rectangle.getWidth() == Math.rint(rectangle.getWidth())
                && rectangle.getHeight() == Math.rint(rectangle.getHeight());
    }
}
