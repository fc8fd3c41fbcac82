package rectimap.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Writes a path into a page's content stream as few bytes as print can tell apart: coordinates flipped to PDF's
 * bottom-up space and rounded to 1/100 point (0.0035 mm), and a vertex closer than {@link #MIN_STEP} to the last one
 * written left out (a tenth of a pixel at 300 dpi would otherwise cost a dozen bytes). A district's outline drawn in
 * an overview inset a few centimetres wide shrinks to the vertices that show. Not thread-safe: one per page.
 */
final class RoundedPath implements VisiblePath.Sink {

    /** The least distance (points) between two written vertices of one subpath: 0.035 mm on paper. */
    static final double MIN_STEP = 0.1;

    private final PDPageContentStream stream;
    private final double height;
    private double lastX;
    private double lastY;
    private boolean pending;
    private double pendingX;
    private double pendingY;

    RoundedPath(PDPageContentStream stream, double height) {
        this.stream = stream;
        this.height = height;
    }

    /** Starts a path. */
    void begin() {
        pending = false;
    }

    /** Ends the path: the last vertex of an open subpath is always written, even when close to the one before. */
    void end() {
        flushPending();
    }

    @Override
    public void moveTo(double x, double y) {
        flushPending();
        try {
            lastX = round(x);
            lastY = round(height - y);
            stream.moveTo((float) lastX, (float) lastY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void lineTo(double x, double y) {
        double px = round(x);
        double py = round(height - y);
        double dx = px - lastX;
        double dy = py - lastY;
        if (dx * dx + dy * dy < MIN_STEP * MIN_STEP) {
            pending = true;
            pendingX = px;
            pendingY = py;
            return;
        }
        pending = false;
        write(px, py);
    }

    @Override
    public void closePath() {
        pending = false;
        try {
            stream.closePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushPending() {
        if (pending) {
            pending = false;
            write(pendingX, pendingY);
        }
    }

    private void write(double x, double y) {
        try {
            stream.lineTo((float) x, (float) y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastX = x;
        lastY = y;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
