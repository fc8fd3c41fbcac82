package rectimap.exchange;

import java.nio.file.Path;
import rectimap.exchange.shapefile.ShapefileOptions;
import rectimap.exchange.shapefile.ShapefileSource;

/** Shapefiles (.shp or a .zip holding one) through {@code exchange.shapefile}, with the chosen encoding and CRS. */
final class ShapefileSources {
    private ShapefileSources() {
    }

    static FeatureSource open(Path file, SourceOptions options) throws ExchangeException {
        ShapefileOptions shapefile = ShapefileOptions.DETECT;
        if (options.table().encoding() != null) {
            shapefile = shapefile.withEncoding(options.table().encoding());
        }
        if (options.table().epsg() > 0) {
            shapefile = shapefile.withEpsg(options.table().epsg());
        }
        return ShapefileSource.open(file, shapefile);
    }
}
