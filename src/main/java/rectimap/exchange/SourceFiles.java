package rectimap.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reading a whole source file with a failure that names it; file names without their extension. */
final class SourceFiles {
    /**
     * Files parsed whole (KMZ, CSV, XLSX, a GeoJSON that is not a FeatureCollection) are refused above this size:
     * 1 GB of text would exhaust memory. GeoJSON FeatureCollections and .kml files stream and have no limit.
     */
    static final long MAX_WHOLE_BYTES = 512L << 20;

    private SourceFiles() {
    }

    static byte[] read(Path file) throws ExchangeException {
        try {
            if (Files.size(file) > MAX_WHOLE_BYTES) {
                throw new ExchangeException(ExchangeProblem.UNSUPPORTED, file, -1,
                        "larger than " + (MAX_WHOLE_BYTES >> 20) + " MB; convert it to a Shapefile or GeoPackage");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ExchangeException.unreadable(file, e);
        }
    }

    /** "村界.geojson" → "村界". */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
