package rectimap.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import rectimap.model.style.Rgba;

/**
 * A {@link DrawingSurface} on a Java2D ARGB image, antialiased; one unit is one pixel and {@code dpi} sets how many
 * pixels a millimetre is. Thin strokes and small fills go straight into the pixels ({@link DirectPixels}), the rest
 * through Java2D. Used by the CLI, golden tests and benchmarks. Not thread-safe: one thread draws at a time.
 */
public final class ImageSurface implements DrawingSurface {

    private static final double MM_PER_INCH = 25.4;
    /** Strokes narrower than this (pixels) are drawn with bevel joins and butt caps. */
    private static final double THIN_STROKE_UNITS = 2;

    private final BufferedImage image;
    private final Graphics2D graphics;
    private final double unitsPerMm;
    private final MapText text;
    private final Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD, 1024);
    /** Thin strokes and small fills drawn without Java2D; each band surface has its own (one per thread). */
    private final DirectPixels direct;
    private final Deque<SavedState> saved = new ArrayDeque<>();
    private double alpha = 1;
    /** Asked before each drawing operation; true stops the frame (see {@link #stopWhen}). */
    private BooleanSupplier stop = () -> false;

    private record SavedState(Shape clip, Composite composite, AffineTransform transform, double alpha) {
    }

    /**
     * A surface of {@code widthPx × heightPx} filled with {@code background}, at {@code dpi} pixels per inch, drawing
     * text with the font {@code fonts} selects.
     */
    public ImageSurface(int widthPx, int heightPx, double dpi, Rgba background, MapFonts.Choice fonts) {
        image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        graphics = graphicsOn(image);
        direct = new DirectPixels(image);
        unitsPerMm = dpi / MM_PER_INCH;
        text = new MapText(MapFonts.base(fonts), new FontRenderContext(null, true, true));
        clear(background);
    }

    /** A surface on rows {@code top} (inclusive) to {@code bottom} of {@code whole}'s image, in its current state. */
    private ImageSurface(ImageSurface whole, int top, int bottom) {
        image = whole.image;
        graphics = graphicsOn(image);
        direct = new DirectPixels(image);
        graphics.setComposite(whole.graphics.getComposite());
        graphics.setTransform(whole.graphics.getTransform());
        graphics.setClip(whole.graphics.getClip());
        graphics.clipRect(0, top, image.getWidth(), bottom - top);
        unitsPerMm = whole.unitsPerMm;
        text = whole.text;
        alpha = whole.alpha;
        stop = whole.stop;
    }

    /**
     * Makes every later drawing operation (fill, stroke, image, text) first ask {@code superseded}, and throw
     * {@link CancellationException} when it answers true: a frame nobody will look at any more (the map's view has
     * changed again) stops within one feature instead of being finished. Set before drawing starts; band surfaces
     * made after inherit it. The image is then incomplete and must not be shown.
     */
    public void stopWhen(BooleanSupplier superseded) {
        stop = java.util.Objects.requireNonNull(superseded, "superseded");
    }

    private void checkStop() {
        if (stop.getAsBoolean()) {
            throw new CancellationException("frame superseded");
        }
    }

    /**
     * A surface drawing on the same image but only on rows {@code top} to {@code bottom} (exclusive), for painting a
     * frame in bands on several threads; each band is used by one thread and disposed after. Label drawing stays on
     * the whole surface.
     */
    ImageSurface band(int top, int bottom) {
        return new ImageSurface(this, top, bottom);
    }

    private static Graphics2D graphicsOn(BufferedImage image) {
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return graphics;
    }

    /** Replaces every pixel by {@code background} (reuse one surface for frame after frame). */
    public void clear(Rgba background) {
        Composite composite = graphics.getComposite();
        graphics.setComposite(AlphaComposite.Src);
        graphics.setColor(color(background));
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setComposite(composite);
    }

    /** The image drawn so far (live: later drawing changes it). */
    public BufferedImage image() {
        return image;
    }

    /**
     * Encodes the image as PNG onto {@code out} (not closed) through ImageIO. The {@code render} command writes its
     * PNG with the faster {@link PngEncoder} instead (same pixels); sheets keep this writer, whose file sizes the
     * print size estimate was measured against.
     */
    public void writePng(OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    @Override
    public double width() {
        return image.getWidth();
    }

    @Override
    public double height() {
        return image.getHeight();
    }

    @Override
    public double unitsPerMm() {
        return unitsPerMm;
    }

    @Override
    public void beginPath() {
        path.reset();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void fill(Rgba color) {
        checkStop();
        if (!direct.fill(path, graphics, color(color).getRGB())) {
            graphics.setColor(color(color));
            graphics.fill(path);
        }
    }

    /** Java2D always: whether direct drawing took a batch would depend on which band's features it holds. */
    @Override
    public void fillBatch(Rgba color) {
        checkStop();
        graphics.setColor(color(color));
        graphics.fill(path);
    }

    @Override
    public void stroke(Rgba color, double widthUnits, double... dashUnits) {
        checkStop();
        float[] dash = null;
        if (dashUnits != null && dashUnits.length > 0) {
            dash = new float[dashUnits.length];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = (float) dashUnits[i];
            }
        }
        if (direct.stroke(path, graphics, color(color).getRGB(), widthUnits, dash != null)) {
            return;
        }
        // Under two pixels round joins and caps look the same as bevel and butt, but cost many more edges to fill.
        boolean thin = widthUnits < THIN_STROKE_UNITS;
        graphics.setStroke(new BasicStroke((float) widthUnits, thin ? BasicStroke.CAP_BUTT : BasicStroke.CAP_ROUND,
                thin ? BasicStroke.JOIN_BEVEL : BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        graphics.setColor(color(color));
        graphics.draw(path);
    }

    @Override
    public void clip() {
        graphics.clip(path);
    }

    @Override
    public void save() {
        saved.push(new SavedState(graphics.getClip(), graphics.getComposite(), graphics.getTransform(), alpha));
    }

    @Override
    public void restore() {
        SavedState state = saved.pop();
        graphics.setClip(state.clip());
        graphics.setComposite(state.composite());
        graphics.setTransform(state.transform());
        alpha = state.alpha();
    }

    @Override
    public void setAlpha(double newAlpha) {
        alpha *= newAlpha;
        graphics.setComposite(AlphaComposite.SrcOver.derive((float) alpha));
    }

    @Override
    public void image(BufferedImage picture, double left, double top, double width, double height) {
        checkStop();
        AffineTransform place = new AffineTransform(width / picture.getWidth(), 0, 0, height / picture.getHeight(),
                left, top);
        boolean scaled = Math.abs(place.getScaleX() - 1) > 1e-9 || Math.abs(place.getScaleY() - 1) > 1e-9
                || left != Math.rint(left) || top != Math.rint(top);
        Object before = graphics.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, scaled
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        graphics.drawImage(picture, place, null);
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                before == null ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : before);
    }

    @Override
    public void text(String content, double x, double y, double sizeUnits, FontWeight weight, Rgba color, Rgba halo,
                     double haloUnits) {
        checkStop();
        LabelSprites.Key key = new LabelSprites.Key(content, sizeUnits, weight, color, halo, haloUnits,
                text.baseFont().getFontName());
        LabelSprites.Sprite sprite = LabelSprites.sprite(key,
                () -> text.outline(content, 0, 0, sizeUnits, weight));
        graphics.drawImage(sprite.image(), (int) Math.round(x) - sprite.baselineX(),
                (int) Math.round(y) - sprite.baselineY(), null);
    }

    @Override
    public TextExtent measureText(String content, double sizeUnits, FontWeight weight) {
        return text.measure(content, sizeUnits, weight);
    }

    /** Releases the graphics context; the image stays usable. */
    public void dispose() {
        graphics.dispose();
    }

    private static Color color(Rgba rgba) {
        return new Color(rgba.red(), rgba.green(), rgba.blue(), (int) Math.round(rgba.alpha() * 255));
    }

    /** The base font text is drawn with (size 1), e.g. to report which family was chosen. */
    public Font baseFont() {
        return text.baseFont();
    }
}
