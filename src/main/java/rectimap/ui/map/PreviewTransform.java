package rectimap.ui.map;

import rectimap.render.Viewport;

/**
 * The similarity transform that shows an image painted for one viewport as it would look in another: screen
 * x' = scale·x + translateX, y' = scale·y + translateY. Used to move and scale the last frame during a gesture
 * instead of repainting every pointer event.
 */
public record PreviewTransform(double scale, double translateX, double translateY) {

    public static final PreviewTransform IDENTITY = new PreviewTransform(1, 0, 0);

    /** Maps pixels painted for {@code painted} to where the same map points are in {@code current}. */
    public static PreviewTransform between(Viewport painted, Viewport current) {
        double s = painted.metresPerPixel() / current.metresPerPixel();
        double tx = (painted.centerX() - current.centerX()) / current.metresPerPixel() + current.widthPx() / 2.0
                - s * painted.widthPx() / 2.0;
        double ty = current.heightPx() / 2.0 - (painted.centerY() - current.centerY()) / current.metresPerPixel()
                - s * painted.heightPx() / 2.0;
        return new PreviewTransform(s, tx, ty);
    }
}
