package rectimap.exchange;

import java.nio.charset.Charset;

/**
 * How to open a source file: table options (CSV/XLSX columns, axis order, CRS, text encoding; the encoding and CRS
 * also apply to a Shapefile) and which layer inside the file to read: a GeoPackage's table, or the .shp inside a
 * .zip that holds several (e.g. "村界.shp"); null: the only one.
 */
public record SourceOptions(TableOptions table, String sourceLayer) {

    public static SourceOptions detect() {
        return new SourceOptions(TableOptions.detect(), null);
    }

    public SourceOptions withEncoding(Charset encoding) {
        return new SourceOptions(table.withEncoding(encoding), sourceLayer);
    }

    public SourceOptions withLayer(String layer) {
        return new SourceOptions(table, layer);
    }

    public SourceOptions withTable(TableOptions options) {
        return new SourceOptions(options, sourceLayer);
    }
}
