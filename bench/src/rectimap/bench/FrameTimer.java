package rectimap.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import rectimap.model.style.Rgba;
import rectimap.render.FramePainting;
import rectimap.render.ImageSurface;
import rectimap.render.MapFonts;
import rectimap.render.MapRenderer;
import rectimap.render.RenderLayer;
import rectimap.render.RenderStats;
import rectimap.render.Viewport;

/** Times whole frames on one reused {@link ImageSurface}: warm-up, then the median of N (clearing excluded). */
final class FrameTimer {

    private static final Rgba PAPER = Rgba.hex("#fbfaf7");

    private final int warmUp;
    private final int frames;
    private final MapRenderer renderer;

    FrameTimer(int warmUp, int frames) {
        this(warmUp, frames, FramePainting.BANDS_PER_CORE);
    }

    FrameTimer(int warmUp, int frames, FramePainting painting) {
        this.warmUp = warmUp;
        this.frames = frames;
        this.renderer = new MapRenderer(MapRenderer.SCREEN_DPI, painting);
    }

    /**
     * Median, min and max milliseconds per frame, the mean processor milliseconds per frame (the whole process over
     * all timed frames, as its clock counts in 10 ms steps: the frame's bands run on several threads; a loaded
     * machine stretches wall-clock time, not this), and the last frame's stats.
     */
    record Result(double medianMs, double minMs, double maxMs, double cpuMeanMs, RenderStats stats, double scale) {
    }

    Result time(List<RenderLayer> layers, Viewport viewport) {
        double[] millis = new double[frames];
        long cpuTimed = 0;
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        RenderStats stats = null;
        // One surface cleared per frame, as a window repaints its canvas.
        ImageSurface surface = new ImageSurface(viewport.widthPx(), viewport.heightPx(), MapRenderer.SCREEN_DPI,
                PAPER, MapFonts.Choice.BUNDLED);
        for (int i = 0; i < warmUp + frames; i++) {
            surface.clear(PAPER);
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            stats = renderer.render(layers, viewport, surface, Set.of());
            long elapsed = System.nanoTime() - start;
            if (i >= warmUp) {
                millis[i - warmUp] = elapsed / 1e6;
                cpuTimed += os.getProcessCpuTime() - cpu;
            }
        }
        surface.dispose();
        Arrays.sort(millis);
        return new Result(millis[frames / 2], millis[0], millis[frames - 1], cpuTimed / 1e6 / frames, stats,
                renderer.scaleDenominator(viewport));
    }
}
