package rectimap.exchange;

import java.nio.file.Path;
import rectimap.model.Layer;

/**
 * Opens any importable file as a {@link FeatureSource} by its extension. GeoPackage layers are read through a
 * {@link GeoPackageLayers} the composition root supplies (over the store), Shapefiles through
 * {@code exchange.shapefile}.
 */
public final class SourceOpener {

    /** Reads one layer (or lists the layers) of another GeoPackage; implemented over the store. */
    public interface GeoPackageLayers {
        /** The layer named {@code tableName}, or the only layer when null. */
        Layer read(Path file, String tableName) throws ExchangeException;

        /** The feature tables of the GeoPackage, for the user to choose from. */
        default java.util.List<String> tableNames(Path file) throws ExchangeException {
            return java.util.List.of();
        }
    }

    private final GeoPackageLayers geoPackages;

    public SourceOpener(GeoPackageLayers geoPackages) {
        this.geoPackages = geoPackages;
    }

    /** The GeoPackage reader this opener uses (for listing a GeoPackage's layers). */
    public GeoPackageLayers geoPackages() {
        return geoPackages;
    }

    public FeatureSource open(Path file, SourceOptions options) throws ExchangeException {
        SourceFormat format = SourceFormat.of(file).orElseThrow(() -> new ExchangeException(
                ExchangeProblem.UNSUPPORTED, file, -1, "not an importable file type (" + SourceFormat.patterns() + ")"));
        return switch (format) {
            case GEOJSON -> GeoJsonSource.open(file, options.table().encoding());
            case KML -> KmlSource.open(file, options.table().encoding());
            case CSV -> CsvSource.open(file, options.table());
            case XLSX -> XlsxSource.open(file, options.table());
            case GEOPACKAGE -> new LayerSource(geoPackages.read(file, options.sourceLayer()));
            case SHAPEFILE -> ShapefileSources.open(file, options);
        };
    }
}
