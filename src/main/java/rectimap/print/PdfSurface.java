package rectimap.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import rectimap.model.style.Rgba;
import rectimap.print.font.FontContentStream;
import rectimap.print.font.PdfFace;
import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;
import rectimap.render.TextExtent;

/**
 * A {@link DrawingSurface} on one PDF page: one unit is one PDF point (1/72 inch), origin top-left, y down (flipped
 * to PDF's bottom-up space here). Paths stay vector paths; transparency goes through extended graphics states (never
 * rasterised); text is real, searchable text in embedded subset fonts with a per-character fallback (see
 * {@link PdfFonts}); a halo is the same text stroked underneath. Create with {@link #open}, draw, then
 * {@link #close()} before the document is saved. Not thread-safe; surfaces on different {@link PdfPage}s of one
 * document may paint at once (they share only the document's {@link PdfFonts}, used under its lock).
 */
public final class PdfSurface implements DrawingSurface, AutoCloseable {

    /** PDF points per millimetre (72 per inch). */
    public static final double POINTS_PER_MM = 72 / 25.4;
    /** Extra stroke width, as a share of the font size, that makes text bold (the bundled font has no bold face). */
    private static final double BOLD_STROKE_EM = 0.03;

    /** Where the page's images go: the page's own scratch document. */
    private final PDDocument images;
    private final PDPageContentStream stream;
    /** The same stream's text operators, for both kinds of font. */
    private final FontContentStream textStream;
    private final PdfFonts fonts;
    private final double width;
    private final double height;
    private final Map<Integer, PDExtendedGraphicsState> alphaStates = new HashMap<>();
    private final Deque<Double> savedAlpha = new ArrayDeque<>();
    private double alpha = 1;
    /** The bounds of the current clip (surface units, y down): what lies outside cannot show and is not written. */
    private VisiblePath.Box clipBox;
    private final Deque<VisiblePath.Box> savedClip = new ArrayDeque<>();
    private final RoundedPath rounded;
    /** The current path: operations (M, L, Z) and their coordinates in surface units, kept until beginPath. */
    private byte[] ops = new byte[256];
    private double[] coords = new double[512];
    private int opCount;
    private int coordCount;

    private static final byte MOVE = VisiblePath.MOVE;
    private static final byte LINE = VisiblePath.LINE;
    private static final byte CLOSE = VisiblePath.CLOSE;
    /** How far beyond the clip a fill is kept, so anti-aliasing at the clip edge sees the same shape. */
    private static final double FILL_MARGIN = 1;

    private PdfSurface(PDDocument images, PDPageContentStream stream, PDResources resources, PdfFonts fonts,
                       double width, double height) {
        this.images = images;
        this.stream = stream;
        this.textStream = new FontContentStream(stream, resources);
        this.fonts = fonts;
        this.width = width;
        this.height = height;
        this.clipBox = new VisiblePath.Box(0, 0, width, height);
        this.rounded = new RoundedPath(stream, height);
    }

    /**
     * A surface drawing on {@code page} (painted over whole); {@code fonts} belongs to the document the page will be
     * added to.
     */
    static PdfSurface open(PdfPage page, PdfFonts fonts) throws IOException {
        PDRectangle size = page.page().getMediaBox();
        PDPageContentStream stream = new PDPageContentStream(page.scratch(), page.page(),
                PDPageContentStream.AppendMode.OVERWRITE, true);
        return new PdfSurface(page.scratch(), stream, page.page().getResources(), fonts, size.getWidth(),
                size.getHeight());
    }

    /** A blank page of {@code widthMm × heightMm} (in PDF points, as the page's media box). */
    static PdfPage blankPage(double widthMm, double heightMm) {
        return PdfPage.blank((float) (widthMm * POINTS_PER_MM), (float) (heightMm * POINTS_PER_MM));
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
        return POINTS_PER_MM;
    }

    @Override
    public void beginPath() {
        opCount = 0;
        coordCount = 0;
    }

    @Override
    public void moveTo(double x, double y) {
        add(MOVE, x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        add(LINE, x, y);
    }

    @Override
    public void closePath() {
        if (opCount == ops.length) {
            ops = Arrays.copyOf(ops, ops.length * 2);
        }
        ops[opCount++] = CLOSE;
    }

    private void add(byte op, double x, double y) {
        if (opCount == ops.length) {
            ops = Arrays.copyOf(ops, ops.length * 2);
        }
        if (coordCount + 2 > coords.length) {
            coords = Arrays.copyOf(coords, coords.length * 2);
        }
        ops[opCount++] = op;
        coords[coordCount++] = x;
        coords[coordCount++] = y;
    }

    @Override
    public void fill(Rgba color) {
        if (opCount == 0 || color.isTransparent()) {
            return;
        }
        try {
            applyAlpha(color.alpha());
            stream.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
            rounded.begin();
            VisiblePath.fill(path(), clipBox.widened(FILL_MARGIN), rounded);
            rounded.end();
            stream.fillEvenOdd();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stroke(Rgba color, double widthUnits, double... dashUnits) {
        if (opCount == 0 || color.isTransparent() || !(widthUnits > 0)) {
            return;
        }
        try {
            applyAlpha(color.alpha());
            stream.setStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
            stream.setLineWidth((float) widthUnits);
            stream.setLineCapStyle(1);
            stream.setLineJoinStyle(1);
            float[] dash = new float[dashUnits == null ? 0 : dashUnits.length];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = (float) dashUnits[i];
            }
            stream.setLineDashPattern(dash, 0);
            rounded.begin();
            VisiblePath.stroke(path(), clipBox.widened(widthUnits / 2 + FILL_MARGIN), dash.length > 0, rounded);
            rounded.end();
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clip() {
        try {
            narrowClipBox();
            emitPath();
            // Writes "W* n": the path becomes the clip and is ended without painting.
            stream.clipEvenOdd();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void save() {
        try {
            stream.saveGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        savedAlpha.push(alpha);
        savedClip.push(clipBox);
    }

    @Override
    public void restore() {
        try {
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        alpha = savedAlpha.pop();
        clipBox = savedClip.pop();
    }

    @Override
    public void setAlpha(double newAlpha) {
        alpha *= newAlpha;
    }

    /** Embeds the image once as a JPEG XObject (see {@link PdfImages}) and places it over the box. */
    @Override
    public void image(java.awt.image.BufferedImage image, double left, double top, double w, double h) {
        try {
            applyAlpha(1);
            stream.drawImage(PdfImages.jpeg(images, image), new Matrix((float) w, 0, 0, (float) h, (float) left,
                    (float) (height - top - h)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String content, double x, double y, double sizeUnits, FontWeight weight, Rgba color, Rgba halo,
                     double haloUnits) {
        if (content.isEmpty()) {
            return;
        }
        synchronized (fonts) {
            textLocked(content, x, y, sizeUnits, weight, color, halo, haloUnits);
        }
    }

    private void textLocked(String content, double x, double y, double sizeUnits, FontWeight weight, Rgba color,
                            Rgba halo, double haloUnits) {
        try {
            if (!halo.isTransparent() && haloUnits > 0) {
                stream.setLineJoinStyle(1);
                stream.setLineDashPattern(new float[0], 0);
                showRuns(content, x, y, sizeUnits, halo, RenderingMode.STROKE, 2 * haloUnits);
            }
            if (weight == FontWeight.BOLD) {
                showRuns(content, x, y, sizeUnits, color, RenderingMode.FILL_STROKE, BOLD_STROKE_EM * sizeUnits);
            } else {
                showRuns(content, x, y, sizeUnits, color, RenderingMode.FILL, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows the text in runs of one font each, the pen advancing by each run's width. */
    private void showRuns(String content, double x, double y, double size, Rgba color, RenderingMode mode,
                          double strokeUnits) throws IOException {
        applyAlpha(color.alpha());
        stream.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
        stream.setStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
        if (strokeUnits > 0) {
            stream.setLineWidth((float) strokeUnits);
        }
        stream.beginText();
        stream.setRenderingMode(mode);
        double penX = x;
        for (PdfTextRuns.Run run : fonts.runs(content)) {
            fonts.shown(run.face());
            run.face().select(textStream, (float) size);
            stream.setTextMatrix(Matrix.getTranslateInstance((float) penX, (float) (height - y)));
            run.face().show(textStream, run.text());
            penX += run.widthPerUnitSize() * size;
        }
        stream.endText();
    }

    @Override
    public TextExtent measureText(String content, double sizeUnits, FontWeight weight) {
        synchronized (fonts) {
            return measureLocked(content, sizeUnits);
        }
    }

    private TextExtent measureLocked(String content, double sizeUnits) {
        try {
            double advance = 0;
            for (PdfTextRuns.Run run : fonts.runs(content)) {
                advance += run.widthPerUnitSize() * sizeUnits;
            }
            PdfFace primary = fonts.primary();
            return new TextExtent(advance, primary.ascent() * sizeUnits, primary.descent() * sizeUnits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the page's content stream (call once, before the document is saved). */
    @Override
    public void close() throws IOException {
        stream.close();
    }

    private VisiblePath.Path path() {
        return new VisiblePath.Path(ops, coords, opCount);
    }

    /** The clip box becomes its intersection with the bounds of the current path (the new clip). */
    private void narrowClipBox() {
        double minX = clipBox.minX();
        double minY = clipBox.minY();
        double maxX = clipBox.maxX();
        double maxY = clipBox.maxY();
        double pathMinX = Double.POSITIVE_INFINITY;
        double pathMinY = Double.POSITIVE_INFINITY;
        double pathMaxX = Double.NEGATIVE_INFINITY;
        double pathMaxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < coordCount; i += 2) {
            pathMinX = Math.min(pathMinX, coords[i]);
            pathMaxX = Math.max(pathMaxX, coords[i]);
            pathMinY = Math.min(pathMinY, coords[i + 1]);
            pathMaxY = Math.max(pathMaxY, coords[i + 1]);
        }
        if (coordCount > 0) {
            clipBox = new VisiblePath.Box(Math.max(minX, pathMinX), Math.max(minY, pathMinY),
                    Math.min(maxX, pathMaxX), Math.min(maxY, pathMaxY));
        }
    }

    private void emitPath() throws IOException {
        int c = 0;
        for (int i = 0; i < opCount; i++) {
            switch (ops[i]) {
                case MOVE -> {
                    stream.moveTo((float) coords[c], (float) (height - coords[c + 1]));
                    c += 2;
                }
                case LINE -> {
                    stream.lineTo((float) coords[c], (float) (height - coords[c + 1]));
                    c += 2;
                }
                default -> stream.closePath();
            }
        }
    }

    /** Sets the graphics state for the surface alpha times {@code colourAlpha}, in steps of 1/255. */
    private void applyAlpha(double colourAlpha) throws IOException {
        int key = (int) Math.round(alpha * colourAlpha * 255);
        PDExtendedGraphicsState state = alphaStates.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState created = new PDExtendedGraphicsState();
            created.setStrokingAlphaConstant(k / 255f);
            created.setNonStrokingAlphaConstant(k / 255f);
            return created;
        });
        stream.setGraphicsStateParameters(state);
    }
}
