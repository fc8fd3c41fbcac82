package rectimap.ui.raster;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import rectimap.model.ProjectSettings;
import rectimap.raster.RasterException;
import rectimap.raster.RasterLayer;
import rectimap.ui.Messages;
import rectimap.ui.DialogButtons;

/**
 * What the raster rows and 文件 → 添加栅格图层… do: open a file (a sentence when it cannot be drawn, nothing
 * changed), show, hide, fade and remove layers, and keep the list in the project's settings
 * ({@link RasterLayerList}) so the project opens with its imagery again. FX thread; every opening runs on a thread
 * of its own ({@link RasterOpening}), the row listed as opening meanwhile.
 */
public final class RasterActions {

    private final Window owner;
    private final Messages messages;
    private final RasterGround ground;
    private final Consumer<String> status;
    private final List<Runnable> listeners = new ArrayList<>();
    private ProjectSettings settings = ProjectSettings.inMemory(java.util.Map.of());
    /** Set when the user changed the list since the project's stored layers began to open. */
    private boolean changedWhileOpening;
    private final List<Pending> pending = new ArrayList<>();
    /** Reads raster values for identify clicks, off the FX thread. */
    private final ExecutorService identifier = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "raster-identify");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong clicks = new AtomicLong();

    public RasterActions(Window owner, Messages messages, RasterGround ground, Consumer<String> status) {
        this.owner = owner;
        this.messages = messages;
        this.ground = ground;
        this.status = status;
    }

    /** Runs {@code listener} after every change of the list (the panel redraws). */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * A project was shown: its raster layers are read from {@code projectSettings} and each opened on a thread of its
     * own ({@link RasterOpening}), listed as opening ({@link #pending()}) meanwhile; each is shown when ready, in the
     * stored order under any the user added meanwhile. One that cannot be opened is named in the panel and the
     * status bar and stays in the settings (the file may come back).
     */
    public void projectStarted(ProjectSettings projectSettings) {
        ground.layers().forEach(l -> l.source().close());
        settings = projectSettings;
        changedWhileOpening = false;
        pending.clear();
        apply(List.of(), false);
        List<RasterLayerList.Entry> stored = RasterLayerList.read(projectSettings);
        List<RasterLayer> opened = new ArrayList<>();
        int[] left = {stored.size()};
        for (RasterLayerList.Entry entry : stored) {
            Pending row = new Pending(RasterOpening.nameOf(entry.location()), null);
            pending.add(row);
            RasterOpening.open(entry.location(), locale(), source -> {
                if (settings != projectSettings) {
                    source.close();
                    return;
                }
                pending.remove(row);
                opened.add(new RasterLayer(entry.location(), source, entry.visible(), entry.opacity()));
                showStored(stored, opened, --left[0] == 0);
            }, sentence -> {
                if (settings == projectSettings) {
                    pending.set(pending.indexOf(row), new Pending(row.name(), sentence));
                    status.accept(sentence);
                    showStored(stored, opened, --left[0] == 0);
                }
            });
        }
        listeners.forEach(Runnable::run);
    }

    /** Shows the stored layers opened so far, in stored order, under the ones the user added meanwhile. */
    private void showStored(List<RasterLayerList.Entry> stored, List<RasterLayer> opened, boolean all) {
        List<RasterLayer> next = new ArrayList<>();
        for (RasterLayerList.Entry entry : stored) {
            opened.stream().filter(l -> l.location().equals(entry.location())).findFirst().ifPresent(next::add);
        }
        ground.layers().stream().filter(l -> !opened.contains(l)).forEach(next::add);
        // What the user changed meanwhile is kept only once every stored layer is back, so none is lost.
        apply(next, all && changedWhileOpening);
    }

    /** A raster row that is not drawn (yet): its name, and the sentence when it could not be opened (else null). */
    public record Pending(String name, String problem) {
    }

    /** The rows still opening, and the stored ones that could not be opened, for the layer panel. */
    public List<Pending> pending() {
        return List.copyOf(pending);
    }

    /** Asks for a GeoTIFF and adds it on top of the imagery. */
    public void chooseAndAdd() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("raster.choose.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("raster.choose.filter"),
                "*.tif", "*.tiff", "*.TIF", "*.TIFF"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            add(file.getPath());
        }
    }

    /**
     * Opens {@code location} off the FX thread (listed as opening meanwhile) and adds it on top of the imagery; when
     * it cannot be drawn a dialog explains ({@code #rasterProblem}) and the project is not changed.
     */
    public void add(String location) {
        Pending row = new Pending(RasterOpening.nameOf(location), null);
        pending.add(row);
        listeners.forEach(Runnable::run);
        ProjectSettings asked = settings;
        RasterOpening.open(location, locale(), source -> {
            pending.remove(row);
            if (settings != asked) {
                source.close();
                return;
            }
            List<RasterLayer> next = new ArrayList<>(ground.layers());
            next.add(new RasterLayer(location, source, true, 1));
            apply(next, true);
            status.accept(messages.format("raster.added", source.title()));
        }, sentence -> {
            pending.remove(row);
            listeners.forEach(Runnable::run);
            Alert alert = DialogButtons.alert(messages, Alert.AlertType.ERROR, sentence);
            alert.setHeaderText(messages.get("raster.problem.title"));
            alert.getDialogPane().setId("rasterProblem");
            alert.initOwner(owner);
            alert.show();
        });
    }

    /**
     * Opens the layers showing {@code location} again (off the FX thread), e.g. after its tiles were downloaded, so
     * they read the new package; each keeps its place, visibility and opacity.
     */
    public void reopen(String location) {
        for (RasterLayer layer : ground.layers()) {
            if (!layer.location().equals(location)) {
                continue;
            }
            RasterOpening.open(location, locale(), source -> {
                List<RasterLayer> next = new ArrayList<>(ground.layers());
                int index = next.indexOf(layer);
                if (index < 0) {
                    source.close();
                    return;
                }
                next.set(index, new RasterLayer(location, source, layer.visible(), layer.opacity()));
                ground.setLayers(next);
                layer.source().close();
                listeners.forEach(Runnable::run);
            }, status);
        }
    }

    public void remove(int index) {
        List<RasterLayer> next = new ArrayList<>(ground.layers());
        next.remove(index).source().close();
        apply(next, true);
    }

    public void setVisible(int index, boolean visible) {
        List<RasterLayer> next = new ArrayList<>(ground.layers());
        next.set(index, next.get(index).withVisible(visible));
        apply(next, true);
    }

    /** Shows {@code opacity} while the slider moves, without keeping it. */
    public void previewOpacity(int index, double opacity) {
        List<RasterLayer> next = new ArrayList<>(ground.layers());
        next.set(index, next.get(index).withOpacity(Math.max(0, Math.min(1, opacity))));
        ground.setLayersKeepingFrames(next);
    }

    public void setOpacity(int index, double opacity) {
        previewOpacity(index, opacity);
        RasterLayerList.write(settings, ground.layers());
    }

    /** A raster's pixel under an identify click: the layer's title and one "band, value" line per stored value. */
    public record PixelLines(String title, List<String[]> lines) {
    }

    /**
     * Reads the stored values under display point ({@code x}, {@code y}) (EPSG:4546 metres) of every shown raster on
     * a background thread (a tile may have to be read and decoded) and hands them, top first, to {@code then} on the
     * FX thread; a layer without data there is left out, one that fails is named in the status bar. The answer to a
     * click made before the latest one is dropped. FX thread.
     */
    public void valuesAt(double x, double y, Consumer<List<PixelLines>> then) {
        long click = clicks.incrementAndGet();
        List<RasterLayer> layers = ground.layers();
        identifier.execute(() -> {
            List<RasterException> failed = new ArrayList<>();
            List<PixelLines> found = valuesAt(layers, x, y, failed);
            Platform.runLater(() -> {
                failed.forEach(this::drawingFailed);
                if (click == clicks.get()) {
                    then.accept(found);
                }
            });
        });
    }

    private List<PixelLines> valuesAt(List<RasterLayer> layers, double x, double y, List<RasterException> failed) {
        List<PixelLines> found = new ArrayList<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            RasterLayer layer = layers.get(i);
            if (!layer.shows()) {
                continue;
            }
            try {
                int epsg = layer.source().epsg();
                org.locationtech.jts.geom.Coordinate at = epsg == rectimap.geo.Epsg.CGCS2000_GK_CM_111E
                        ? new org.locationtech.jts.geom.Coordinate(x, y)
                        : rectimap.geo.CrsTransform.between(rectimap.geo.Epsg.CGCS2000_GK_CM_111E, epsg).apply(x, y);
                layer.source().valuesAt(at.x, at.y).ifPresent(values -> {
                    List<String[]> lines = new ArrayList<>();
                    for (int b = 0; b < values.bands().size(); b++) {
                        lines.add(new String[] {messages.get("raster.band." + values.bands().get(b)),
                                String.valueOf(values.values()[b])});
                    }
                    if (values.column() >= 0) {
                        lines.add(new String[] {messages.get("raster.pixel"),
                                messages.format("raster.pixel.at", values.column(), values.row())});
                    }
                    found.add(new PixelLines(layer.source().title(), lines));
                });
            } catch (RasterException e) {
                failed.add(e);
            }
        }
        return found;
    }

    /** The problem of a layer while drawing, in the status bar. */
    public void drawingFailed(RasterException problem) {
        status.accept(problem.sentence(locale()));
    }

    private void apply(List<RasterLayer> next, boolean keep) {
        ground.setLayers(next);
        changedWhileOpening |= keep;
        if (keep) {
            RasterLayerList.write(settings, next);
        }
        listeners.forEach(Runnable::run);
    }

    private Locale locale() {
        return messages.language().locale();
    }
}
