package rectimap.render;

import org.locationtech.jts.geom.Envelope;

/**
 * Adds packed display shapes to a surface's current path in screen units, dropping vertices closer than half a pixel
 * to the last one drawn (on top of the precomputed levels, this keeps a frame's work proportional to what shows).
 * One per frame; not thread-safe.
 */
final class ShapeTracer {

    /** Vertices nearer than this (in pixels, Manhattan) to the previous one add nothing visible. */
    private static final double MIN_STEP_PX = 0.5;

    private final DrawingSurface surface;
    private final double originX;
    private final double originY;
    private final double pixelsPerMetre;

    ShapeTracer(DrawingSurface surface, Viewport viewport) {
        this.surface = surface;
        this.pixelsPerMetre = 1 / viewport.metresPerPixel();
        this.originX = viewport.widthPx() / 2.0 - viewport.centerX() * pixelsPerMetre;
        this.originY = viewport.heightPx() / 2.0 + viewport.centerY() * pixelsPerMetre;
    }

    double screenX(double mapX) {
        return originX + mapX * pixelsPerMetre;
    }

    double screenY(double mapY) {
        return originY - mapY * pixelsPerMetre;
    }

    /** Adds every part of the shape as a subpath; rings are closed. */
    void trace(DisplayShape shape, boolean closeParts) {
        double[] xy = shape.xy;
        int start = 0;
        for (int end : shape.partEnds) {
            double lastX = screenX(xy[start * 2]);
            double lastY = screenY(xy[start * 2 + 1]);
            surface.moveTo(lastX, lastY);
            for (int v = start + 1; v < end; v++) {
                double x = originX + xy[v * 2] * pixelsPerMetre;
                double y = originY - xy[v * 2 + 1] * pixelsPerMetre;
                if (v < end - 1 && Math.abs(x - lastX) + Math.abs(y - lastY) < MIN_STEP_PX) {
                    continue;
                }
                surface.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
            if (closeParts) {
                surface.closePath();
            }
            start = end;
        }
    }

    /** Adds a square of {@code sizePx} centred on the envelope's centre: a feature too small to draw as itself. */
    void dot(Envelope mapEnvelope, double sizePx) {
        double x = screenX((mapEnvelope.getMinX() + mapEnvelope.getMaxX()) / 2) - sizePx / 2;
        double y = screenY((mapEnvelope.getMinY() + mapEnvelope.getMaxY()) / 2) - sizePx / 2;
        surface.moveTo(x, y);
        surface.lineTo(x + sizePx, y);
        surface.lineTo(x + sizePx, y + sizePx);
        surface.lineTo(x, y + sizePx);
        surface.closePath();
    }
}
