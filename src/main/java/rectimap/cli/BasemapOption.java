package rectimap.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import rectimap.raster.RasterException;
import rectimap.raster.RasterLayer;
import rectimap.raster.RasterSource;
import rectimap.raster.RasterSources;

/**
 * {@code --basemap SOURCE} of {@code render} and {@code print} (may repeat; the first is lowest): imagery under the
 * map, a GeoTIFF/COG or any location {@link RasterSources#open} reads. A source that cannot be opened or read is
 * reported once on stderr in the language of {@code --lang} and left out; the rest of the map is still drawn.
 * Closing closes the sources.
 */
final class BasemapOption implements AutoCloseable {

    static final String OPTION = "--basemap";

    private final List<RasterLayer> layers;
    private final Consumer<RasterException> problems;

    private BasemapOption(List<RasterLayer> layers, Consumer<RasterException> problems) {
        this.layers = layers;
        this.problems = problems;
    }

    /** {@code args} without the {@code --basemap} pairs, for the command's own parser. */
    static List<String> without(List<String> args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(OPTION) && i + 1 < args.size()) {
                i++;
            } else {
                rest.add(args.get(i));
            }
        }
        return rest;
    }

    /** Opens every {@code --basemap} of {@code args}, telling {@code err} as {@code command} about failures. */
    static BasemapOption open(List<String> args, String command, PrintStream err) {
        Locale locale = args.contains("--lang") && args.indexOf("--lang") + 1 < args.size()
                && args.get(args.indexOf("--lang") + 1).equals("en") ? Locale.ENGLISH : Locale.ROOT;
        Set<String> told = ConcurrentHashMap.newKeySet();
        Consumer<RasterException> problems = e -> {
            String sentence = e.sentence(locale);
            if (told.add(sentence)) {
                err.println(command + ": " + sentence);
            }
        };
        List<RasterLayer> layers = new ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals(OPTION)) {
                String location = args.get(i + 1);
                try {
                    layers.add(new RasterLayer(location, RasterSources.open(location), true, 1));
                } catch (RasterException e) {
                    problems.accept(e);
                }
            }
        }
        return new BasemapOption(List.copyOf(layers), problems);
    }

    /** The sources that opened, first lowest. */
    List<RasterLayer> layers() {
        return layers;
    }

    /** Where failures while drawing go (once per sentence; any thread). */
    Consumer<RasterException> problems() {
        return problems;
    }

    @Override
    public void close() {
        layers.stream().map(RasterLayer::source).forEach(RasterSource::close);
    }
}
