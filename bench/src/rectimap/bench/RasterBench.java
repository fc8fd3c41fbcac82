package rectimap.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import rectimap.exchange.AtomicFileWrite;
import rectimap.model.style.Rgba;
import rectimap.print.PreparedSheet;
import rectimap.print.SheetContent;
import rectimap.print.SheetExtent;
import rectimap.print.SheetPdfWriter;
import rectimap.print.SheetSpec;
import rectimap.raster.RasterFrame;
import rectimap.raster.RasterLayer;
import rectimap.raster.RasterPiece;
import rectimap.raster.RasterRequest;
import rectimap.raster.RasterSources;
import rectimap.raster.RasterWarp;
import rectimap.raster.TileCache;
import rectimap.render.ImageSurface;
import rectimap.render.MapFonts;
import rectimap.render.MapRenderer;
import rectimap.render.RasterFramePainter;
import rectimap.render.Viewport;

/**
 * A big orthophoto COG (made by {@code bench/raster/make_ortho_cog.py}, EPSG:4546, 0.1 m, JPEG): the first frame
 * (open + decode + warp + draw, cold tile cache, fresh JVM), pan frames whose tiles are in the memory cache, pan
 * frames that decode new tiles from the file, the tile cache's size after wandering, and an A3 landscape sheet over it
 * written as PDF at 300 dpi imagery. Frames are 1600 × 1000 on a Java2D image, raster only (no vector layers), as
 * the QGIS peer ({@code bench/raster/qgis_peer.py}) renders the same file. Each figure is given in processor time
 * too (the whole process, all threads), which a loaded machine does not stretch. Run: {@code bench/run raster}.
 */
public final class RasterBench {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;

    private RasterBench() {
    }

    public static void main(String[] args) throws Exception {
        Path cog = Path.of(args.length > 0 ? args[0] : "target/bench/ortho.tif");
        Clock open = new Clock();
        RasterLayer layer = new RasterLayer(cog.toString(), RasterSources.open(cog.toString()), true, 1);
        open.stop();
        Envelope extent = layer.source().extent();
        ImageSurface surface = new ImageSurface(WIDTH, HEIGHT, 96, Rgba.WHITE, MapFonts.Choice.SYSTEM_FIRST);
        MapRenderer renderer = MapRenderer.forScreen();
        Viewport full = Viewport.fitting(extent, WIDTH, HEIGHT, 0);
        Clock first = new Clock();
        double[] steps = frameSteps(layer, full, surface, renderer);
        first.stop();
        System.out.printf("file %s, %,d bytes; open %s; first frame, full extent (open + frame): %.0f ms wall,"
                        + " %.0f ms processor (tiles read and decoded %.0f, warp %.0f, draw %.0f ms wall)%n",
                cog.getFileName(), Files.size(cog), open, open.wallMs + first.wallMs, open.cpuMs + first.cpuMs,
                steps[0], steps[1], steps[2]);
        Viewport detail = new Viewport(extent.centre().x, extent.centre().y, 0.25, WIDTH, HEIGHT);
        Clock firstDetail = new Clock();
        steps = frameSteps(layer, detail, surface, renderer);
        firstDetail.stop();
        System.out.printf("first frame at 0.25 m/px (1:945), cold tiles: %s (tiles %.0f, warp %.0f, draw %.0f ms wall)%n",
                firstDetail, steps[0], steps[1], steps[2]);

        double[] memory = new double[41];
        long memoryCpu = 0;
        for (int i = -30; i < memory.length; i++) {
            Viewport pan = detail.pannedBy((i % 2 == 0 ? 40 : -40), (i % 3) * 10);
            long cpu = Clock.processCpuNanos();
            long start = System.nanoTime();
            frame(layer, pan, surface, renderer);
            if (i >= 0) {
                memory[i] = ms(start);
                memoryCpu += Clock.processCpuNanos() - cpu;
            }
        }
        System.out.printf("pan frame, tiles in the memory cache: median %.1f ms, p95 %.1f ms, processor %.1f ms a frame"
                        + " (%d frames)%n", Percentiles.of(memory, 50), Percentiles.of(memory, 95),
                memoryCpu / 1e6 / memory.length, memory.length);

        double[] disk = new double[31];
        // Rows of 100 m steps eastward across the file, from its top-left, never over ground already drawn.
        double left = extent.getMinX() + 200;
        double top = extent.getMaxY() - 125;
        int perRow = Math.max(1, (int) ((extent.getWidth() - 400) / 100));   // a smoke run's small file has one column
        long diskCpu = Clock.processCpuNanos();
        for (int i = 0; i < disk.length; i++) {
            Viewport walk = new Viewport(left + (i % perRow) * 100, top - (i / perRow) * 250, 0.25, WIDTH, HEIGHT);
            long start = System.nanoTime();
            frame(layer, walk, surface, renderer);
            disk[i] = ms(start);
        }
        System.out.printf("pan frame of 400 px into tiles not decoded yet (file in the OS cache or not): median %.1f ms,"
                        + " p95 %.1f ms, processor %.1f ms a frame (%d frames)%n", Percentiles.of(disk, 50),
                Percentiles.of(disk, 95), (Clock.processCpuNanos() - diskCpu) / 1e6 / disk.length, disk.length);

        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 150; i++) {
            Viewport somewhere = new Viewport(extent.getMinX() + random.nextDouble() * extent.getWidth(),
                    extent.getMinY() + random.nextDouble() * extent.getHeight(), 0.1 + random.nextDouble(), WIDTH,
                    HEIGHT);
            frame(layer, somewhere, surface, renderer);
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("after 150 frames at random places and scales: tile cache %.0f MB (limit %.0f MB, %d tiles),"
                                + " heap used after a full GC %.0f MB of -Xmx %.0f MB (G1 keeps each 1 MB tile in two 1 MB regions);"
                        + " peak RSS %s%n",
                TileCache.shared().bytes() / 1e6, TileCache.shared().limitBytes() / 1e6, TileCache.shared().size(),
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6, Clock.peakRss());

        SheetContent content = new SheetContent(List.of(), false).withRasters(List.of(layer), e -> {
            throw new IllegalStateException(e);
        });
        SheetSpec sheet = SheetSpec.of(new SheetExtent.ViewExtent(new Envelope(extent.centre().x - 950,
                extent.centre().x + 950, extent.centre().y - 600, extent.centre().y + 600))).withScale(5000);
        Path pdf = Files.createTempFile("raster-bench", ".pdf");
        double[] sheets = new double[5];
        double[] sheetsCpu = new double[5];
        for (int i = 0; i < sheets.length; i++) {
            Clock sheetClock = new Clock();
            PreparedSheet prepared = PreparedSheet.prepare(sheet, content);
            AtomicFileWrite.write(pdf, (OutputStream out) -> SheetPdfWriter.write(List.of(prepared), out));
            sheetClock.stop();
            sheets[i] = sheetClock.wallMs;
            sheetsCpu[i] = sheetClock.cpuMs;
        }
        System.out.printf("A3 landscape sheet at 1:5,000 over it, imagery at 300 dpi as JPEG, PDF to disk: first %.0f ms,"
                        + " median %.0f ms wall, %.0f ms processor; %,d bytes%n", sheets[0],
                Percentiles.of(Arrays.copyOfRange(sheets, 1, 5), 50),
                Percentiles.of(Arrays.copyOfRange(sheetsCpu, 1, 5), 50), Files.size(pdf));
        Files.delete(pdf);
        layer.source().close();
    }

    /** One frame as {@link #frame}, timed in three steps: tiles read and decoded, warp, draw (wall ms). */
    private static double[] frameSteps(RasterLayer layer, Viewport viewport, ImageSurface surface,
                                       MapRenderer renderer) throws Exception {
        surface.clear(Rgba.WHITE);
        long start = System.nanoTime();
        RasterRequest grid = RasterFramePainter.gridFor(viewport, 1, RasterRequest.Completeness.WAIT_FOR_ALL);
        List<RasterPiece> pieces = layer.source().piecesFor(grid);
        long read = System.nanoTime();
        RasterFrame frame = new RasterFrame(grid, RasterWarp.warp(pieces, layer.source().epsg(), grid), 1,
                layer.source().attribution());
        long warped = System.nanoTime();
        renderer.render(List.of(frame), new ArrayList<>(), viewport, surface, Set.of(), List.of());
        return new double[] {(read - start) / 1e6, (warped - read) / 1e6, (System.nanoTime() - warped) / 1e6};
    }

    private static void frame(RasterLayer layer, Viewport viewport, ImageSurface surface, MapRenderer renderer) {
        surface.clear(Rgba.WHITE);
        List<RasterFrame> frames = RasterFramePainter.prepare(List.of(layer), viewport, 1, e -> {
            throw new IllegalStateException(e);
        });
        renderer.render(frames, new ArrayList<>(), viewport, surface, Set.of(), List.of());
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
