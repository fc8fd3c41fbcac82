package rectimap.exchange;

import java.nio.file.Path;
import java.util.List;
import rectimap.exchange.shapefile.ShapefileOptions;
import rectimap.exchange.shapefile.ShapefileParts;
import rectimap.exchange.shapefile.ShapefileSource;

/**
 * Shapefiles (.shp, or a .zip holding one or several — then {@link SourceOptions#sourceLayer()} names the .shp)
 * through {@code exchange.shapefile}, with the chosen encoding and CRS.
 */
public final class ShapefileSources {
    private ShapefileSources() {
    }

    static FeatureSource open(Path file, SourceOptions options) throws ExchangeException {
        return ShapefileSource.open(file, shapefileOptions(options));
    }

    /** The Shapefile options the source options stand for (encoding, CRS, the .shp inside a zip). */
    public static ShapefileOptions shapefileOptions(SourceOptions options) {
        ShapefileOptions shapefile = ShapefileOptions.DETECT.withZipMember(options.sourceLayer());
        if (options.table().encoding() != null) {
            shapefile = shapefile.withEncoding(options.table().encoding());
        }
        if (options.table().epsg() > 0) {
            shapefile = shapefile.withEpsg(options.table().epsg());
        }
        return shapefile;
    }

    /** The .shp entries of a zip, in name order (for the user to pick one); empty for a file that is not a .zip. */
    public static List<String> shapefilesInZip(Path file) throws ExchangeException {
        return SourceFiles.extension(file).equals("zip") ? ShapefileParts.shapefilesIn(file) : List.of();
    }
}
