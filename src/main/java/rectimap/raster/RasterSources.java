package rectimap.raster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import rectimap.raster.geotiff.GeoTiffOpening;

/**
 * Opens a {@link RasterSource} from the text a user gives or a project keeps: a file path (GeoTIFF/COG; GeoPackage
 * tiles as {@code file.gpkg} or {@code file.gpkg!table}; MBTiles), a service URL or a preset name. The one place that
 * knows which class reads what; each format adds its branch here.
 */
public final class RasterSources {

    private RasterSources() {
    }

    /**
     * The source {@code location} names, opened (headers read, nothing decoded yet).
     *
     * @throws RasterException FILE_MISSING, NOT_A_RASTER or whatever the format's reader finds wrong
     */
    public static RasterSource open(String location) throws RasterException {
        return open(location, rectimap.raster.service.ServiceAccess.standard());
    }

    /**
     * As {@link #open(String)}, online sources through {@code access} (the user's fetcher, key and the project's
     * downloaded basemaps).
     */
    public static RasterSource open(String location, rectimap.raster.service.ServiceAccess access)
            throws RasterException {
        String trimmed = location.strip();
        if (rectimap.raster.service.ServiceLocations.isService(trimmed)) {
            return rectimap.raster.service.ServiceLocations.open(trimmed, access);
        }
        java.util.Optional<RasterSource> pyramid = rectimap.raster.pyramid.PyramidFiles.open(trimmed);
        if (pyramid.isPresent()) {
            return pyramid.get();
        }
        Path path = Path.of(trimmed);
        if (!Files.isRegularFile(path)) {
            throw new RasterException(RasterProblem.FILE_MISSING, trimmed, "");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tif") || name.endsWith(".tiff")) {
            return GeoTiffOpening.open(path);
        }
        throw new RasterException(RasterProblem.NOT_A_RASTER, trimmed, extensionOf(name));
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot);
    }
}
