package rectimap.exchange;

import java.nio.charset.Charset;

/**
 * How to open a source file: table options (CSV/XLSX columns, CRS, text encoding; the encoding also applies to a
 * Shapefile's DBF) and, for a GeoPackage, which layer to read (null: the only one).
 */
public record SourceOptions(TableOptions table, String geoPackageLayer) {

    public static SourceOptions detect() {
        return new SourceOptions(TableOptions.detect(), null);
    }

    public SourceOptions withEncoding(Charset encoding) {
        return new SourceOptions(table.withEncoding(encoding), geoPackageLayer);
    }

    public SourceOptions withLayer(String layer) {
        return new SourceOptions(table, layer);
    }

    public SourceOptions withTable(TableOptions options) {
        return new SourceOptions(options, geoPackageLayer);
    }
}
