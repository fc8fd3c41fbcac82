package rectimap.exchange;

import java.nio.file.Path;
import java.util.Optional;

/** The importable formats, recognised by file extension. */
public enum SourceFormat {
    GEOJSON("geojson", "json"),
    KML("kml", "kmz"),
    CSV("csv", "txt"),
    XLSX("xlsx"),
    SHAPEFILE("shp", "zip"),
    GEOPACKAGE("gpkg");

    private final String[] extensions;

    SourceFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format of {@code file} by its extension, if importable. */
    public static Optional<SourceFormat> of(Path file) {
        String extension = SourceFiles.extension(file);
        for (SourceFormat format : values()) {
            for (String known : format.extensions) {
                if (known.equals(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** Every extension, as file-chooser patterns such as {@code *.geojson}. */
    public static java.util.List<String> patterns() {
        java.util.List<String> patterns = new java.util.ArrayList<>();
        for (SourceFormat format : values()) {
            for (String extension : format.extensions) {
                patterns.add("*." + extension);
            }
        }
        return patterns;
    }
}
