package rectimap.exchange;

import java.util.Locale;
import java.util.Optional;

/** The formats a layer or selection can be exported to, with their file extension. */
public enum ExportFormat {
    GEOPACKAGE("gpkg"),
    SHAPEFILE("shp"),
    GEOJSON("geojson"),
    KML("kml"),
    XLSX("xlsx"),
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Whether this is a ledger (a table without geometry) rather than a map format. */
    public boolean isLedger() {
        return this == XLSX || this == CSV;
    }

    /** The format for a command-line word such as {@code gpkg}, {@code shp} or {@code geojson}. */
    public static Optional<ExportFormat> ofWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(lower) || format.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
