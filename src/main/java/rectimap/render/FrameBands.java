package rectimap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.locationtech.jts.geom.Envelope;

/**
 * Paints the layers of a frame on an {@link ImageSurface} in horizontal bands, one per processor (at most
 * {@link #MAX_BANDS}), the bands after the first on worker threads. Each band draws on its own Graphics2D clipped to
 * its rows and traces only the features meeting them; every pixel belongs to one band and receives the same drawing
 * operations in the same order as in one pass, so the image is the same (the band tests compare pixels).
 * Small frames are painted in one pass: a band's set-up would cost more than it saves.
 */
final class FrameBands {

    private static final int MAX_BANDS = 4;
    /**
     * Below this many features in the frame one pass is as fast: the sample's district frame (689 features, big
     * township areas every band walks in full) took 9.7 ms in bands against 8.5 ms in one pass.
     */
    static final int MIN_FEATURES = 1_000;
    private static final int MIN_BAND_ROWS = 128;
    /** At least two: on one processor the bands cost about nothing more (each traces only its features). */
    private static final int BANDS = Math.max(2, Math.min(MAX_BANDS, Runtime.getRuntime().availableProcessors()));
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(Math.max(1, BANDS - 1), task -> {
        Thread thread = new Thread(task, "map-band");
        thread.setDaemon(true);
        return thread;
    });

    private FrameBands() {
    }

    /** Paints {@code layers} on {@code surface}, in bands when the surface and the frame are big enough. */
    static void paint(List<VisibleLayer> layers, DrawingSurface surface, Viewport viewport, int level,
                      double marginMetres, FramePainting painting, Ground ground) {
        int bands = painting == FramePainting.ONE_PASS ? 1 : bandsFor(layers, surface);
        if (bands < 2) {
            LayerPass.paint(layers, surface, viewport, level, null, ground);
            return;
        }
        ImageSurface image = (ImageSurface) surface;
        int height = (int) image.height();
        List<ImageSurface> parts = new ArrayList<>(bands);
        List<CompletableFuture<Void>> workers = new ArrayList<>(bands - 1);
        try {
            List<Envelope> areas = new ArrayList<>(bands);
            for (int b = 0; b < bands; b++) {
                int top = height * b / bands;
                int bottom = height * (b + 1) / bands;
                parts.add(image.band(top, bottom));
                Envelope area = new Envelope(viewport.toMapX(0), viewport.toMapX(viewport.widthPx()),
                        viewport.toMapY(bottom), viewport.toMapY(top));
                area.expandBy(marginMetres);
                areas.add(area);
            }
            // Hand the other bands to the workers first, then paint the first here: all bands at once.
            for (int b = 1; b < bands; b++) {
                ImageSurface part = parts.get(b);
                Envelope area = areas.get(b);
                workers.add(CompletableFuture.runAsync(() -> LayerPass.paint(layers, part, viewport, level, area, ground),
                        WORKERS));
            }
            LayerPass.paint(layers, parts.get(0), viewport, level, areas.get(0), ground);
            workers.forEach(CompletableFuture::join);
        } finally {
            // Never release a band's graphics while its worker may still draw (e.g. when this thread's band failed).
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
            parts.forEach(ImageSurface::dispose);
        }
    }

    private static int bandsFor(List<VisibleLayer> layers, DrawingSurface surface) {
        if (!(surface instanceof ImageSurface)) {
            return 1;
        }
        int features = 0;
        for (VisibleLayer layer : layers) {
            features += layer.visible().size();
        }
        int bands = Math.min(BANDS, (int) (surface.height() / MIN_BAND_ROWS));
        return features < MIN_FEATURES ? 1 : bands;
    }
}
