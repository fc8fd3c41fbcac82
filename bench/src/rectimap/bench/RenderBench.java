package rectimap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import rectimap.model.MapLayer;
import rectimap.render.FramePainting;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;

/**
 * Frame times of the map renderer on the Java2D image surface (1600 × 1200 px, 96 dpi): the synthetic stress set
 * (100,000 polygons + 1,000,000 road vertices) at full extent and at 1% of it, and the Yanhu sample
 * ({@code maps/yanhu-sample.gpkg}) at full extent and at one township. Run with {@code bench/run}.
 */
public final class RenderBench {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1200;

    private RenderBench() {
    }

    public static void main(String[] args) {
        FrameTimer timer = new FrameTimer(60, 31, FramePainting.BANDS_PER_CORE);
        FrameTimer onePass = new FrameTimer(60, 31, FramePainting.ONE_PASS);
        System.out.printf("surface: ImageSurface %d x %d px, 96 dpi; median of 31 frames after 60 warm-up;"
                + " each frame in bands per core (the default) and, below it, in one pass on one thread%n", WIDTH,
                HEIGHT);

        long heapBefore = retainedHeapBytes();
        long start = System.nanoTime();
        List<MapLayer> stress = new StressSet().layers();
        long generated = System.nanoTime();
        long heapModel = retainedHeapBytes();
        long projecting = System.nanoTime();
        List<RenderLayer> stressLayers = RenderLayer.forDisplay(stress);
        long built = System.nanoTime();
        long heapRender = retainedHeapBytes();
        System.out.printf("stress set: generated in %.0f ms; projected, indexed and generalised in %.0f ms%n",
                (generated - start) / 1e6, (built - projecting) / 1e6);
        System.out.printf("stress set retained heap: features (JTS, lon/lat) %.0f MB, render layers %.0f MB%n",
                (heapModel - heapBefore) / 1e6, (heapRender - heapModel) / 1e6);
        Envelope extent = extentOf(stressLayers);
        Viewport full = Viewport.fitting(extent, WIDTH, HEIGHT, 0);
        report("stress, full extent", timer.time(stressLayers, full));
        report("  in one pass", onePass.time(stressLayers, full));
        Viewport onePercent = onePercentOf(extent, WIDTH, HEIGHT);
        report("stress, 1% of extent", timer.time(stressLayers, onePercent));
        report("  in one pass", onePass.time(stressLayers, onePercent));

        SampleFrames.run(timer, onePass, WIDTH, HEIGHT);
        System.out.printf("peak heap: %.0f MB (max heap -Xmx %.0f MB; after GC with everything loaded: %.0f MB)%n",
                peakHeapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6, retainedHeapBytes() / 1e6);
        // Keep the stress set reachable until the heap has been measured.
        if (stressLayers.isEmpty() || stress.isEmpty()) {
            System.out.println();
        }
    }

    static void report(String what, FrameTimer.Result result) {
        System.out.printf("%-28s 1:%-9.0f median %7.1f ms  (min %.1f, max %.1f)  features %d, labels %d%n", what,
                result.scale(), result.medianMs(), result.minMs(), result.maxMs(), result.stats().featuresDrawn(),
                result.stats().labelsPlaced());
    }

    /** A viewport on the extent's centre that shows 1% of the extent's area. */
    static Viewport onePercentOf(Envelope extent, int width, int height) {
        double metresPerPixel = Math.sqrt(0.01 * extent.getArea() / ((double) width * height));
        return new Viewport(extent.centre().x, extent.centre().y, metresPerPixel, width, height);
    }

    static Envelope extentOf(List<RenderLayer> layers) {
        Envelope extent = new Envelope();
        layers.forEach(l -> extent.expandToInclude(l.extent()));
        return extent;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Heap in use after a full collection (what the data really keeps). */
    private static long retainedHeapBytes() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
