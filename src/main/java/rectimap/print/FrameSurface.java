package rectimap.print;

import rectimap.model.style.Rgba;
import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;
import rectimap.render.TextExtent;

/**
 * A window onto part of another surface: coordinates are shifted by the window's top-left corner and the width and
 * height are the window's, so the map renderer (which draws from 0,0) can draw into a sheet's map frame or inset.
 * Does not clip by itself; the caller clips to the window. Not thread-safe, like the surface it wraps.
 */
final class FrameSurface implements DrawingSurface {

    private final DrawingSurface page;
    private final double left;
    private final double top;
    private final double width;
    private final double height;

    /** The window at ({@code left}, {@code top}) of {@code width × height} units of {@code page}. */
    FrameSurface(DrawingSurface page, double left, double top, double width, double height) {
        this.page = page;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
    }

    /**
     * The window on {@code box} (millimetres of paper) of {@code page}, with the page state saved, clipped to the
     * window and the window filled with {@code background}; the caller draws and then calls {@link #restore()}.
     */
    static FrameSurface openClipped(DrawingSurface page, MmBox box, Rgba background) {
        double upm = page.unitsPerMm();
        double width = box.width() * upm;
        double height = box.height() * upm;
        FrameSurface surface = new FrameSurface(page, box.x() * upm, box.y() * upm, width, height);
        surface.save();
        surface.rectanglePath(0, 0, width, height);
        surface.clip();
        surface.rectanglePath(0, 0, width, height);
        surface.fill(background);
        return surface;
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
        return page.unitsPerMm();
    }

    @Override
    public void beginPath() {
        page.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        page.moveTo(x + left, y + top);
    }

    @Override
    public void lineTo(double x, double y) {
        page.lineTo(x + left, y + top);
    }

    @Override
    public void closePath() {
        page.closePath();
    }

    @Override
    public void fill(Rgba color) {
        page.fill(color);
    }

    @Override
    public void stroke(Rgba color, double widthUnits, double... dashUnits) {
        page.stroke(color, widthUnits, dashUnits);
    }

    @Override
    public void clip() {
        page.clip();
    }

    @Override
    public void save() {
        page.save();
    }

    @Override
    public void restore() {
        page.restore();
    }

    @Override
    public void setAlpha(double alpha) {
        page.setAlpha(alpha);
    }

    @Override
    public void image(java.awt.image.BufferedImage image, double x, double y, double w, double h) {
        page.image(image, x + left, y + top, w, h);
    }

    @Override
    public void text(String text, double x, double y, double sizeUnits, FontWeight weight, Rgba color, Rgba halo,
                     double haloUnits) {
        page.text(text, x + left, y + top, sizeUnits, weight, color, halo, haloUnits);
    }

    @Override
    public TextExtent measureText(String text, double sizeUnits, FontWeight weight) {
        return page.measureText(text, sizeUnits, weight);
    }
}
