package rectimap.ui.raster;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import rectimap.raster.RasterException;
import rectimap.raster.RasterSource;
import rectimap.raster.RasterSources;
import rectimap.raster.service.ServiceLocations;
import rectimap.ui.OneShotTask;

/**
 * Opens a raster location (a GeoTIFF's header, a tile file, a service's capabilities) on a thread of its own, as
 * every opening in the window does: a large file, a slow disk or a slow server never holds the FX thread. The
 * source, or the sentence saying why it cannot be drawn, comes back on the FX thread. Call from the FX thread.
 */
public final class RasterOpening {
    private RasterOpening() {
    }

    /** What an opening gave: the source, or the sentence. */
    private record Result(RasterSource source, String sentence) {
    }

    /** Opens {@code location}; {@code opened} or {@code failed} (in {@code locale}) is called on the FX thread. */
    public static void open(String location, Locale locale, Consumer<RasterSource> opened,
                            Consumer<String> failed) {
        OneShotTask.start("raster-open", () -> {
            try {
                return new Result(RasterSources.open(location), null);
            } catch (RasterException e) {
                return new Result(null, e.sentence(locale));
            }
        }, result -> {
            if (result.source() != null) {
                opened.accept(result.source());
            } else {
                failed.accept(result.sentence());
            }
        }, failure -> Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(),
                failure));
    }

    /** A short name of {@code location} for a row that is still opening: the file's name, or the service's address. */
    static String nameOf(String location) {
        if (ServiceLocations.isService(location)) {
            return location.replaceFirst("#.*$", "");
        }
        Path file = Path.of(location.replaceFirst("!.*$", "")).getFileName();
        return file == null ? location : file.toString();
    }
}
