package rectimap.ui.raster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import rectimap.raster.RasterException;
import rectimap.raster.RasterFrame;
import rectimap.raster.RasterLayer;
import rectimap.raster.RasterRequest;
import rectimap.render.RasterFramePainter;
import rectimap.render.Viewport;

/**
 * The imagery under the window's map: the basemap, then the raster layers shown (first lowest), and their frames
 * for the current view,
 * warped on a background thread so decoding and reprojection never hold up the FX thread. The painter takes the
 * newest frames there are (made for an earlier view they are drawn moved and scaled) and a new view asks for new
 * ones; only the newest request is worked on. Opacity applies at paint time, so the slider needs no new warp.
 * FX thread only, apart from the worker.
 */
public final class RasterGround {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "raster-frames");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong latest = new AtomicLong();
    private final Runnable repaint;
    private final Consumer<RasterException> problems;
    private List<RasterLayer> layers = List.of();
    private Optional<RasterLayer> basemap = Optional.empty();
    private Map<String, RasterFrame> ready = Map.of();
    private Viewport readyFor;
    private Viewport asked;

    /** {@code repaint} asks the map for a paint; {@code problems} hears of a layer that fails (both FX thread). */
    public RasterGround(Runnable repaint, Consumer<RasterException> problems) {
        this.repaint = repaint;
        this.problems = problems;
    }

    public List<RasterLayer> layers() {
        return layers;
    }

    /** Shows {@code next} (first lowest); frames are made again for the current view. */
    public void setLayers(List<RasterLayer> next) {
        for (RasterLayer layer : next) {
            if (layers.stream().noneMatch(l -> l.source() == layer.source())) {
                listenTo(layer);
            }
        }
        layers = List.copyOf(next);
        refresh();
    }

    /** Shows {@code next} under every raster layer (the basemap switcher's choice); none for a blank ground. */
    public void setBasemap(Optional<RasterLayer> next) {
        next.filter(b -> basemap.map(RasterLayer::source).orElse(null) != b.source()).ifPresent(this::listenTo);
        basemap = next;
        refresh();
    }

    public Optional<RasterLayer> basemap() {
        return basemap;
    }

    /** What is drawn, first lowest: the basemap, then the raster layers (hidden ones included). */
    public List<RasterLayer> drawn() {
        List<RasterLayer> all = new ArrayList<>();
        basemap.ifPresent(all::add);
        all.addAll(layers);
        return all;
    }

    private void listenTo(RasterLayer layer) {
        layer.source().addRefreshListener(() -> Platform.runLater(this::refresh));
    }

    /** Shows {@code next}, the same layers with another opacity: the frames made stay (a slider drag). */
    public void setLayersKeepingFrames(List<RasterLayer> next) {
        layers = List.copyOf(next);
        repaint.run();
    }

    /** Frames are made again at the next paint (a source has more tiles, a layer changed). */
    public void refresh() {
        readyFor = null;
        asked = null;
        repaint.run();
    }

    /** The frames to draw now under {@code viewport}, asking for the view's own when these were made for another. */
    public List<RasterFrame> framesFor(Viewport viewport) {
        List<RasterLayer> all = drawn();
        if (all.stream().noneMatch(RasterLayer::shows)) {
            return List.of();
        }
        if (!viewport.equals(readyFor) && !viewport.equals(asked)) {
            asked = viewport;
            long generation = latest.incrementAndGet();
            List<RasterLayer> snapshot = all;
            worker.execute(() -> prepare(generation, snapshot, viewport));
        }
        List<RasterFrame> frames = new ArrayList<>();
        for (RasterLayer layer : all) {
            RasterFrame frame = ready.get(layer.location());
            if (layer.shows() && frame != null) {
                frames.add(frame.withOpacity(layer.opacity()));
            }
        }
        return frames;
    }

    private void prepare(long generation, List<RasterLayer> snapshot, Viewport viewport) {
        RasterRequest grid = RasterFramePainter.gridFor(viewport, 1, RasterRequest.Completeness.WHAT_IS_AT_HAND);
        Map<String, RasterFrame> frames = new HashMap<>();
        List<RasterException> failed = new ArrayList<>();
        for (RasterLayer layer : snapshot) {
            if (generation != latest.get()) {
                return;
            }
            if (!layer.shows()) {
                continue;
            }
            try {
                frames.put(layer.location(), RasterFrame.prepare(layer, grid));
            } catch (RasterException e) {
                failed.add(e);
            }
        }
        Platform.runLater(() -> {
            failed.forEach(problems);
            if (generation == latest.get()) {
                ready = frames;
                readyFor = viewport;
                repaint.run();
            }
        });
    }

    /** Whether the frames drawn are the current view's own (for tests: imagery has arrived). */
    public boolean isSettled(Viewport viewport) {
        return viewport.equals(readyFor);
    }
}
