package rectimap.ui;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import rectimap.model.style.Rgba;
import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;
import rectimap.render.TextExtent;

/** The map's JavaFX canvas as a {@link DrawingSurface}; units are canvas pixels. FX application thread only. */
public final class FxCanvasSurface implements DrawingSurface {
    private static final double MM_PER_INCH = 25.4;

    private final GraphicsContext gc;
    private final double width;
    private final double height;
    private final double pixelsPerMm;
    private final FxFonts fonts;
    private final Text measurer = new Text();

    public FxCanvasSurface(GraphicsContext gc, double width, double height, double dpi, FxFonts fonts) {
        this.gc = gc;
        this.width = width;
        this.height = height;
        this.pixelsPerMm = dpi / MM_PER_INCH;
        this.fonts = fonts;
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public double unitsPerMm() {
        return pixelsPerMm;
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void fill(Rgba color) {
        gc.setFill(fx(color));
        gc.fill();
    }

    @Override
    public void stroke(Rgba color, double widthUnits, double... dashUnits) {
        gc.setStroke(fx(color));
        gc.setLineWidth(widthUnits);
        gc.setLineDashes(dashUnits.length == 0 ? null : dashUnits);
        gc.stroke();
    }

    @Override
    public void clip() {
        gc.clip();
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
        // JavaFX restores fill rule with the state; keep even-odd as the contract promises.
        gc.setFillRule(FillRule.EVEN_ODD);
    }

    @Override
    public void setAlpha(double alpha) {
        gc.setGlobalAlpha(gc.getGlobalAlpha() * alpha);
    }

    @Override
    public void image(java.awt.image.BufferedImage image, double left, double top, double w, double h) {
        int pw = image.getWidth();
        int ph = image.getHeight();
        javafx.scene.image.WritableImage fx = new javafx.scene.image.WritableImage(pw, ph);
        if (image.getType() == java.awt.image.BufferedImage.TYPE_INT_ARGB) {
            int[] argb = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
            fx.getPixelWriter().setPixels(0, 0, pw, ph, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0,
                    pw);
        } else {
            javafx.embed.swing.SwingFXUtils.toFXImage(image, fx);
        }
        gc.setImageSmoothing(pw != Math.round(w) || ph != Math.round(h));
        gc.drawImage(fx, left, top, w, h);
    }

    @Override
    public void text(String text, double x, double y, double sizeUnits, FontWeight weight, Rgba color, Rgba halo,
                     double haloUnits) {
        gc.setFont(fonts.font(sizeUnits, weight));
        if (!halo.isTransparent() && haloUnits > 0) {
            gc.setStroke(fx(halo));
            gc.setLineWidth(haloUnits * 2);
            gc.setLineDashes((double[]) null);
            gc.strokeText(text, x, y);
        }
        gc.setFill(fx(color));
        gc.fillText(text, x, y);
    }

    @Override
    public TextExtent measureText(String text, double sizeUnits, FontWeight weight) {
        Font font = fonts.font(sizeUnits, weight);
        measurer.setFont(font);
        measurer.setText(text);
        double w = measurer.getLayoutBounds().getWidth();
        double ascent = -measurer.getLayoutBounds().getMinY();
        double descent = measurer.getLayoutBounds().getMaxY();
        return new TextExtent(w, ascent, descent);
    }

    static Color fx(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }
}
