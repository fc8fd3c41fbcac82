package rectimap.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import rectimap.model.style.Rgba;
import rectimap.render.ImageSurface;
import rectimap.render.MapFonts;
import rectimap.render.MapRenderer;
import rectimap.render.RenderLayer;
import rectimap.render.RenderStats;
import rectimap.render.Viewport;

/** Times whole frames on a fresh {@link ImageSurface}: warm-up, then the median of N (surface creation excluded). */
final class FrameTimer {

    private static final Rgba PAPER = Rgba.hex("#fbfaf7");

    private final int warmUp;
    private final int frames;
    private final MapRenderer renderer = MapRenderer.forScreen();

    FrameTimer(int warmUp, int frames) {
        this.warmUp = warmUp;
        this.frames = frames;
    }

    /** Median, min and max milliseconds per frame, and the last frame's stats. */
    record Result(double medianMs, double minMs, double maxMs, RenderStats stats, double scale) {
    }

    Result time(List<RenderLayer> layers, Viewport viewport) {
        double[] millis = new double[frames];
        RenderStats stats = null;
        for (int i = 0; i < warmUp + frames; i++) {
            ImageSurface surface = new ImageSurface(viewport.widthPx(), viewport.heightPx(), MapRenderer.SCREEN_DPI,
                    PAPER, MapFonts.Choice.BUNDLED);
            long start = System.nanoTime();
            stats = renderer.render(layers, viewport, surface, Set.of());
            long elapsed = System.nanoTime() - start;
            surface.dispose();
            if (i >= warmUp) {
                millis[i - warmUp] = elapsed / 1e6;
            }
        }
        Arrays.sort(millis);
        return new Result(millis[frames / 2], millis[0], millis[frames - 1], stats,
                renderer.scaleDenominator(viewport));
    }
}
