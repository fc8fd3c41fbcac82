package rectimap.media;

import java.awt.geom.AffineTransform;

/** The EXIF orientation (1–8) as the transform that turns the stored pixels upright. */
final class Orientation {
    private Orientation() {
    }

    /** Whether orientation {@code code} swaps width and height (5–8: a quarter turn). */
    static boolean swapsSides(int code) {
        return code >= 5 && code <= 8;
    }

    /**
     * The transform from the pixels of a {@code w} × {@code h} picture as stored to the upright picture
     * ({@code h} × {@code w} when {@link #swapsSides}).
     */
    static AffineTransform upright(int code, double w, double h) {
        return switch (code) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            // AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12.
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }
}
