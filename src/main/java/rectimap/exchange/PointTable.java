package rectimap.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A table with a header row and one point per row (CSV, XLSX) as a {@link FeatureSource}: the coordinate columns
 * are the ones the options name or the first whose header reads like one ({@link CoordinateColumns}); every other
 * column is a field. Which way round x and y are is the options' {@link AxisOrder}, by default judged from the
 * values ({@link SurveyAxes}: a survey table's X = northing is swapped). Without a given CRS the (swapped)
 * coordinates' ranges suggest one ({@link CrsGuess}: lon/lat, or a Gauss-Krüger zone) for the user to confirm.
 * A row with empty coordinates has a fault.
 */
final class PointTable {
    /** The district's central meridian, assumed for a 6-digit Gauss-Krüger easting (the zone is not in it). */
    private static final int PROJECT_CENTRAL_MERIDIAN_DEG = 111;

    private PointTable() {
    }

    static PointTableSource of(Path file, List<String> headers, List<List<Object>> rows, TableOptions options,
                               String encoding) throws ExchangeException {
        if (headers.isEmpty() || rows.isEmpty()) {
            throw new ExchangeException(ExchangeProblem.EMPTY, file, -1, "no rows below the header");
        }
        int x = column(file, headers, options.xColumn(), CoordinateColumns.X_NAMES, "x/longitude");
        int y = column(file, headers, options.yColumn(), CoordinateColumns.Y_NAMES, "y/latitude");
        if (x == y) {
            throw new ExchangeException(ExchangeProblem.UNSUPPORTED, file, -1, "column '" + headers.get(x)
                    + "' cannot be both x and y; choose two columns");
        }
        Envelope asRead = new Envelope();
        for (List<Object> row : rows) {
            Double xValue = number(row, x);
            Double yValue = number(row, y);
            if (xValue != null && yValue != null) {
                asRead.expandToInclude(xValue, yValue);
            }
        }
        AxisOrder order = options.axisOrder() == AxisOrder.DETECT ? SurveyAxes.judge(asRead) : options.axisOrder();
        TableAxes axes = new TableAxes(headers.get(x), headers.get(y), order,
                options.axisOrder() == AxisOrder.DETECT, asRead);
        int east = axes.swapped() ? y : x;
        int north = axes.swapped() ? x : y;
        GeometryFactory factory = new GeometryFactory();
        List<ParsedRecord> records = new ArrayList<>();
        Envelope extent = new Envelope();
        for (List<Object> row : rows) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                if (c != x && c != y) {
                    values.put(headers.get(c), c < row.size() ? row.get(c) : null);
                }
            }
            Double eastValue = number(row, east);
            Double northValue = number(row, north);
            if (eastValue == null || northValue == null) {
                records.add(ParsedRecord.faulty("no coordinates in columns " + headers.get(x) + "/" + headers.get(y)
                        + " (" + cell(row, x) + ", " + cell(row, y) + ")", values));
            } else {
                extent.expandToInclude(eastValue, northValue);
                records.add(ParsedRecord.of(factory.createPoint(new Coordinate(eastValue, northValue)), values));
            }
        }
        return new PointTableSource(new ParsedSource(file, SourceFiles.baseName(file), records, crs(options, extent),
                encoding, FieldTypeInference.Strings.BY_CONTENT), axes, headers);
    }

    private static SourceCrs crs(TableOptions options, Envelope extent) {
        if (options.epsg() > 0) {
            return new SourceCrs(options.epsg(), "EPSG:" + options.epsg(), CrsCertainty.USER_CHOSEN);
        }
        return CrsGuess.fromExtent(extent, PROJECT_CENTRAL_MERIDIAN_DEG);
    }

    private static int column(Path file, List<String> headers, String chosen, java.util.Set<String> names,
                              String role) throws ExchangeException {
        int found = chosen != null ? CoordinateColumns.exactly(headers, chosen) : CoordinateColumns.byName(headers, names);
        if (found >= 0) {
            return found;
        }
        throw new ExchangeException(ExchangeProblem.UNSUPPORTED, file, -1, chosen != null
                ? "no column named '" + chosen + "' (columns: " + String.join(", ", headers) + ")"
                : "no " + role + " column found; choose it (columns: " + String.join(", ", headers) + ")");
    }

    private static Object cell(List<Object> row, int c) {
        return c < row.size() ? row.get(c) : null;
    }

    private static Double number(List<Object> row, int c) {
        Object value = cell(row, c);
        if (value instanceof Number n) {
            return Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
        }
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.toString().trim());
            return Double.isFinite(parsed) ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
