package rectimap.exchange;

import java.nio.charset.Charset;

/**
 * How to read a table of points (CSV, XLSX): the text encoding (null: detect), the columns holding x/longitude
 * and y/latitude (null: find by name, e.g. 经度/纬度, lon/lat, x/y, 东坐标/北坐标), the EPSG code of those
 * coordinates (0: guess from their ranges) and which way round x and y are ({@link AxisOrder#DETECT}: from the
 * values, so a survey table with X = northing is swapped).
 */
public record TableOptions(Charset encoding, String xColumn, String yColumn, int epsg, AxisOrder axisOrder) {

    public TableOptions {
        axisOrder = axisOrder == null ? AxisOrder.DETECT : axisOrder;
    }

    /** Everything detected. */
    public static TableOptions detect() {
        return new TableOptions(null, null, null, 0, AxisOrder.DETECT);
    }

    public TableOptions withEncoding(Charset chosen) {
        return new TableOptions(chosen, xColumn, yColumn, epsg, axisOrder);
    }

    public TableOptions withColumns(String x, String y) {
        return new TableOptions(encoding, x, y, epsg, axisOrder);
    }

    public TableOptions withEpsg(int code) {
        return new TableOptions(encoding, xColumn, yColumn, code, axisOrder);
    }

    public TableOptions withAxisOrder(AxisOrder order) {
        return new TableOptions(encoding, xColumn, yColumn, epsg, order);
    }
}
