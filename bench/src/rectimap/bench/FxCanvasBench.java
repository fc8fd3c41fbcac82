package rectimap.bench;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import rectimap.campaign.ProjectAssembler;
import rectimap.model.Project;
import rectimap.render.MapRenderer;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.ui.FxCanvasSurface;
import rectimap.ui.FxFonts;

/**
 * Frame times of the map renderer on the JavaFX canvas (the desktop map), 1600 × 1200 px: the stress set at full
 * extent and at 1% of it, the sample at full extent. Two figures per frame: the FX-thread time to issue the drawing
 * (what blocks the interface) and that plus rasterising it (forced by a snapshot, which also reads the pixels back).
 * Headless Monocle with the software pipeline unless {@code -Dbench.display=x} (then the machine's X display).
 */
public final class FxCanvasBench {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1200;
    private static final int WARM_UP = 5;
    private static final int FRAMES = 21;

    private FxCanvasBench() {
    }

    public static void main(String[] args) throws Exception {
        if (!"x".equals(System.getProperty("bench.display"))) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        System.out.printf("surface: JavaFX Canvas %d x %d px (%s pipeline); median of %d frames after %d warm-up%n",
                WIDTH, HEIGHT, System.getProperty("prism.order", "default"), FRAMES, WARM_UP);

        // An empty frame: the snapshot's own cost (pixel read-back), to subtract from the rasterise figures.
        time("empty frame (baseline)", List.of(), new Viewport(500_000, 3_880_000, 50, WIDTH, HEIGHT));
        List<RenderLayer> stress = RenderLayer.forDisplay(new StressSet().layers());
        var extent = RenderBench.extentOf(stress);
        time("stress, full extent", stress, Viewport.fitting(extent, WIDTH, HEIGHT, 0));
        time("stress, 1% of extent", stress, RenderBench.onePercentOf(extent, WIDTH, HEIGHT));
        if (Files.exists(SampleFrames.SAMPLE)) {
            Project sample;
            try (GeoPackageStore store = GeoPackageStore.open(SampleFrames.SAMPLE, AccessMode.READ_ONLY)) {
                sample = ProjectAssembler.assemble(SampleFrames.SAMPLE, store);
            }
            List<RenderLayer> layers = RenderLayer.forDisplay(sample.layers());
            time("sample, full extent", layers,
                    Viewport.fitting(RenderBench.extentOf(layers), WIDTH, HEIGHT, 20));
        }
        Platform.exit();
    }

    private static void time(String what, List<RenderLayer> layers, Viewport viewport) throws Exception {
        AtomicReference<double[][]> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            result.set(frames(layers, viewport));
            done.countDown();
        });
        done.await();
        double[] issue = result.get()[0];
        double[] withRaster = result.get()[1];
        System.out.printf("%-24s 1:%-9.0f issue median %7.1f ms (min %.1f, max %.1f); issue + rasterise median "
                        + "%7.1f ms%n", what, viewport.scaleDenominator(MapRenderer.SCREEN_DPI), issue[FRAMES / 2],
                issue[0], issue[FRAMES - 1], withRaster[FRAMES / 2]);
    }

    /** Runs on the FX thread: [0] issue times, [1] issue + rasterise times, each sorted, in ms. */
    private static double[][] frames(List<RenderLayer> layers, Viewport viewport) {
        MapRenderer renderer = MapRenderer.forScreen();
        FxFonts fonts = FxFonts.discover();
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        double[] issue = new double[FRAMES];
        double[] withRaster = new double[FRAMES];
        for (int i = 0; i < WARM_UP + FRAMES; i++) {
            long start = System.nanoTime();
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, WIDTH, HEIGHT);
            renderer.render(layers, viewport, new FxCanvasSurface(gc, WIDTH, HEIGHT, renderer.dpi(), fonts), Set.of());
            long issued = System.nanoTime();
            canvas.snapshot(null, null);
            long rasterised = System.nanoTime();
            if (i >= WARM_UP) {
                issue[i - WARM_UP] = (issued - start) / 1e6;
                withRaster[i - WARM_UP] = (rasterised - start) / 1e6;
            }
        }
        Arrays.sort(issue);
        Arrays.sort(withRaster);
        return new double[][] {issue, withRaster};
    }
}
