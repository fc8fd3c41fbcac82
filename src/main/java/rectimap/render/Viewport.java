package rectimap.render;

import org.locationtech.jts.geom.Envelope;

/**
 * An immutable view onto the map in the display CRS (EPSG:4546, metres, x east, y north): the map point at the
 * centre of the surface, the ground size of one pixel, and the surface size in pixels. Screen y grows downward.
 */
public record Viewport(double centerX, double centerY, double metresPerPixel, int widthPx, int heightPx) {

    /** Metres per inch, to turn pixels at a given dpi into a scale. */
    private static final double METRES_PER_INCH = 0.0254;

    public Viewport {
        if (!(metresPerPixel > 0) || widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("viewport needs a positive pixel size and surface: "
                    + metresPerPixel + ", " + widthPx + "x" + heightPx);
        }
    }

    /** A viewport of {@code widthPx × heightPx} that shows all of {@code extent} with {@code marginPx} around it. */
    public static Viewport fitting(Envelope extent, int widthPx, int heightPx, int marginPx) {
        double usableW = Math.max(1, widthPx - 2.0 * marginPx);
        double usableH = Math.max(1, heightPx - 2.0 * marginPx);
        double mpp = Math.max(extent.getWidth() / usableW, extent.getHeight() / usableH);
        if (!(mpp > 0)) {
            mpp = 1;
        }
        return new Viewport(extent.centre().x, extent.centre().y, mpp, widthPx, heightPx);
    }

    public double toScreenX(double mapX) {
        return (mapX - centerX) / metresPerPixel + widthPx / 2.0;
    }

    public double toScreenY(double mapY) {
        return heightPx / 2.0 - (mapY - centerY) / metresPerPixel;
    }

    public double toMapX(double screenX) {
        return centerX + (screenX - widthPx / 2.0) * metresPerPixel;
    }

    public double toMapY(double screenY) {
        return centerY + (heightPx / 2.0 - screenY) * metresPerPixel;
    }

    /** The map area the surface shows. */
    public Envelope visibleExtent() {
        double halfW = widthPx / 2.0 * metresPerPixel;
        double halfH = heightPx / 2.0 * metresPerPixel;
        return new Envelope(centerX - halfW, centerX + halfW, centerY - halfH, centerY + halfH);
    }

    /** Zooms by {@code factor} (&gt;1 zooms in) keeping the map point under ({@code screenX}, {@code screenY}) fixed. */
    public Viewport zoomedAt(double factor, double screenX, double screenY) {
        double anchorX = toMapX(screenX);
        double anchorY = toMapY(screenY);
        double mpp = metresPerPixel / factor;
        double cx = anchorX - (screenX - widthPx / 2.0) * mpp;
        double cy = anchorY - (heightPx / 2.0 - screenY) * mpp;
        return new Viewport(cx, cy, mpp, widthPx, heightPx);
    }

    /** Moves the map with the pointer: a drag of (dx, dy) pixels moves what is drawn by the same pixels. */
    public Viewport pannedBy(double dxPx, double dyPx) {
        return new Viewport(centerX - dxPx * metresPerPixel, centerY + dyPx * metresPerPixel, metresPerPixel,
                widthPx, heightPx);
    }

    /** The same centre and pixel size on a surface of another size (window resize). */
    public Viewport resized(int newWidthPx, int newHeightPx) {
        return new Viewport(centerX, centerY, metresPerPixel, newWidthPx, newHeightPx);
    }

    public Viewport centredOn(double mapX, double mapY) {
        return new Viewport(mapX, mapY, metresPerPixel, widthPx, heightPx);
    }

    /** The scale denominator N of 1:N when one pixel is {@code 1/dpi} inch on the output. */
    public double scaleDenominator(double dpi) {
        return metresPerPixel / (METRES_PER_INCH / dpi);
    }

    /** The same centre at scale 1:{@code denominator} for an output of {@code dpi}. */
    public Viewport atScale(double denominator, double dpi) {
        return new Viewport(centerX, centerY, denominator * METRES_PER_INCH / dpi, widthPx, heightPx);
    }
}
