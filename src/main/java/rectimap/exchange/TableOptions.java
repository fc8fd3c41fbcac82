package rectimap.exchange;

import java.nio.charset.Charset;

/**
 * How to read a table of points (CSV, XLSX): the text encoding (null: detect), the columns holding x/longitude
 * and y/latitude (null: find by name, e.g. 经度/纬度, lon/lat, x/y) and the EPSG code of those coordinates (0:
 * guess from their ranges).
 */
public record TableOptions(Charset encoding, String xColumn, String yColumn, int epsg) {

    /** Everything detected. */
    public static TableOptions detect() {
        return new TableOptions(null, null, null, 0);
    }

    public TableOptions withEncoding(Charset chosen) {
        return new TableOptions(chosen, xColumn, yColumn, epsg);
    }

    public TableOptions withColumns(String x, String y) {
        return new TableOptions(encoding, x, y, epsg);
    }

    public TableOptions withEpsg(int code) {
        return new TableOptions(encoding, xColumn, yColumn, code);
    }
}
