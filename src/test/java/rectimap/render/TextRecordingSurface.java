package rectimap.render;

import java.util.ArrayList;
import java.util.List;
import rectimap.model.style.Rgba;

/** A real image surface that also keeps every text drawn on it, in drawing order: the labels a frame placed. */
final class TextRecordingSurface implements DrawingSurface {
    private final ImageSurface image;
    private final List<String> texts = new ArrayList<>();

    TextRecordingSurface(ImageSurface image) {
        this.image = image;
    }

    List<String> texts() {
        return texts;
    }

    ImageSurface image() {
        return image;
    }

    @Override
    public double width() {
        return image.width();
    }

    @Override
    public double height() {
        return image.height();
    }

    @Override
    public double unitsPerMm() {
        return image.unitsPerMm();
    }

    @Override
    public void beginPath() {
        image.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        image.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        image.lineTo(x, y);
    }

    @Override
    public void closePath() {
        image.closePath();
    }

    @Override
    public void fill(Rgba color) {
        image.fill(color);
    }

    @Override
    public void stroke(Rgba color, double widthUnits, double... dashUnits) {
        image.stroke(color, widthUnits, dashUnits);
    }

    @Override
    public void clip() {
        image.clip();
    }

    @Override
    public void save() {
        image.save();
    }

    @Override
    public void restore() {
        image.restore();
    }

    @Override
    public void setAlpha(double alpha) {
        image.setAlpha(alpha);
    }

    @Override
    public void image(java.awt.image.BufferedImage picture, double left, double top, double w, double h) {
        image.image(picture, left, top, w, h);
    }

    @Override
    public void text(String text, double x, double y, double sizeUnits, FontWeight weight, Rgba color, Rgba halo,
                     double haloUnits) {
        texts.add(text);
        image.text(text, x, y, sizeUnits, weight, color, halo, haloUnits);
    }

    @Override
    public TextExtent measureText(String text, double sizeUnits, FontWeight weight) {
        return image.measureText(text, sizeUnits, weight);
    }
}
