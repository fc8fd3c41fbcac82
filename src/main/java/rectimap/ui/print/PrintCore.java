package rectimap.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import rectimap.campaign.cases.CaseSheetLights;
import rectimap.campaign.place.VillageAreas;
import rectimap.model.Project;
import rectimap.model.style.Rgba;
import rectimap.print.ExportPreset;
import rectimap.print.PreparedSheet;
import rectimap.print.SheetContent;
import rectimap.print.SheetException;
import rectimap.print.SheetPainter;
import rectimap.print.SheetPdfWriter;
import rectimap.print.SheetPngWriter;
import rectimap.print.SizeEstimate;
import rectimap.raster.RasterException;
import rectimap.raster.RasterLayer;
import rectimap.render.ImageSurface;
import rectimap.render.MapFonts;
import rectimap.render.RenderLayer;
import rectimap.ui.Messages;

/**
 * The dialog's {@link SheetOutput} over the headless print core: sheets are prepared against one
 * {@link SheetContent} built from the map window's render layers (nothing projected again) and painted by
 * {@link SheetPainter} — the preview, the PNG, the printer's image and the PDF are the same drawing. Thread-safe;
 * never on the FX thread.
 */
final class PrintCore implements SheetOutput {
    /** The largest PNG drawn at once: an A1 page at 300 dpi (70 million pixels, ~280 MB) is drawn at less. */
    static final double MAX_PNG_PIXELS = 40e6;

    private final List<RenderLayer> layers;
    private final List<RasterLayer> rasters;
    private final Consumer<RasterException> rasterProblems;
    private final Project project;
    private SheetContent content;

    /** {@code layers}: the map window's render layers of {@code project}; no imagery. */
    PrintCore(List<RenderLayer> layers, Project project) {
        this(layers, List.of(), problem -> { }, project);
    }

    /**
     * Also draws {@code rasters} (the window's basemap and raster layers, first lowest; hidden ones skipped) under
     * the vectors at the sheet's resolution; one that fails is left out and told to {@code rasterProblems} (any
     * thread).
     */
    PrintCore(List<RenderLayer> layers, List<RasterLayer> rasters, Consumer<RasterException> rasterProblems,
              Project project) {
        this.layers = List.copyOf(layers);
        this.rasters = List.copyOf(rasters);
        this.rasterProblems = rasterProblems;
        this.project = project;
    }

    /** Built on first use, off the FX thread (it projects the division outlines). */
    private synchronized SheetContent content() {
        if (content == null) {
            content = new SheetContent(layers, project.showsSchematic(), CaseSheetLights::onDay,
                    VillageAreas.of(project)::lonLat).withRasters(rasters, rasterProblems);
        }
        return content;
    }

    @Override
    public BufferedImage image(PlannedSheet sheet, double dpi) throws SheetException {
        PreparedSheet prepared = PreparedSheet.prepare(sheet.spec(), content());
        int[] size = SheetPngWriter.pixelSize(sheet.spec(), dpi);
        ImageSurface surface = new ImageSurface(Math.max(1, size[0]), Math.max(1, size[1]), dpi, Rgba.WHITE,
                MapFonts.Choice.BUNDLED);
        try {
            SheetPainter.paint(prepared, surface);
            return surface.image();
        } finally {
            surface.dispose();
        }
    }

    @Override
    public void writePdf(List<PlannedSheet> sheets, ExportPreset preset, OutputStream out, IntConsumer pageDone)
            throws SheetException, IOException {
        List<PreparedSheet> prepared = new ArrayList<>(sheets.size());
        for (int i = 0; i < sheets.size(); i++) {
            prepared.add(PreparedSheet.prepare(sheets.get(i).spec(), content(), i + 1, sheets.size()));
            pageDone.accept(i + 1);
        }
        // PDFs are always vector (印刷): the preset only sets the resolution of PNGs.
        SheetPdfWriter.write(prepared, out);
    }

    @Override
    public long expectedPdfBytes(List<PlannedSheet> sheets, ExportPreset preset) throws SheetException, IOException {
        if (sheets.isEmpty()) {
            return 0;
        }
        // SizeEstimate measures the first two pages and extrapolates by the count: prepare just those two and let
        // the second stand for the rest (an atlas of 22 need not be prepared to be estimated).
        PreparedSheet first = PreparedSheet.prepare(sheets.get(0).spec(), content(), 1, sheets.size());
        List<PreparedSheet> standIns = new ArrayList<>(sheets.size());
        standIns.add(first);
        if (sheets.size() > 1) {
            PreparedSheet second = PreparedSheet.prepare(sheets.get(1).spec(), content(), 2, sheets.size());
            for (int i = 1; i < sheets.size(); i++) {
                standIns.add(second);
            }
        }
        return SizeEstimate.pdfBytes(standIns);
    }

    @Override
    public long expectedPngBytes(List<PlannedSheet> sheets, double dpi) throws SheetException, IOException {
        if (sheets.isEmpty()) {
            return 0;
        }
        PreparedSheet first = PreparedSheet.prepare(sheets.get(0).spec(), content());
        return SizeEstimate.pngBytes(first, dpi) * sheets.size();
    }

    @Override
    public double pngDpi(PlannedSheet sheet, ExportPreset preset) {
        double dpi = preset.dpi();
        double pixels = sheet.spec().widthMm() / 25.4 * dpi * sheet.spec().heightMm() / 25.4 * dpi;
        return pixels <= MAX_PNG_PIXELS ? dpi : Math.floor(dpi * Math.sqrt(MAX_PNG_PIXELS / pixels));
    }

    /** The sentence for a failure to draw a sheet: the core's own for a {@link SheetException}. */
    static String reason(Throwable failure, Messages messages) {
        Throwable cause = failure;
        while (!(cause instanceof SheetException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof SheetException sheet ? sheet.userMessage(messages.language().locale())
                : String.valueOf(failure.getMessage());
    }
}
