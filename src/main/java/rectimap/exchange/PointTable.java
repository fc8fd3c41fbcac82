package rectimap.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A table with a header row and one point per row (CSV, XLSX) as a {@link FeatureSource}: the coordinate columns
 * are the ones the options name or the first whose header reads like one (经度/纬度, lon/lat, x/y, 东坐标/北坐标);
 * every other column is a field. Without a given CRS, coordinates within China's lon/lat box are guessed as
 * CGCS2000 (EPSG:4490) and the user confirms; anything else is unknown. A row with empty coordinates has a fault.
 */
final class PointTable {
    private static final Set<String> X_NAMES = Set.of("lon", "lng", "long", "longitude", "x", "经度", "x坐标",
            "东坐标", "横坐标", "easting", "point_x");
    private static final Set<String> Y_NAMES = Set.of("lat", "latitude", "y", "纬度", "y坐标", "北坐标", "纵坐标",
            "northing", "point_y");

    private PointTable() {
    }

    static FeatureSource of(Path file, List<String> headers, List<List<Object>> rows, TableOptions options,
                            String encoding) throws ExchangeException {
        if (headers.isEmpty() || rows.isEmpty()) {
            throw new ExchangeException(ExchangeProblem.EMPTY, file, -1, "no rows below the header");
        }
        int x = column(file, headers, options.xColumn(), X_NAMES, "x/longitude");
        int y = column(file, headers, options.yColumn(), Y_NAMES, "y/latitude");
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
            Double xValue = number(row, x);
            Double yValue = number(row, y);
            if (xValue == null || yValue == null) {
                records.add(ParsedRecord.faulty("no coordinates in columns " + headers.get(x) + "/" + headers.get(y)
                        + " (" + cell(row, x) + ", " + cell(row, y) + ")", values));
            } else {
                extent.expandToInclude(xValue, yValue);
                records.add(ParsedRecord.of(factory.createPoint(new Coordinate(xValue, yValue)), values));
            }
        }
        return new ParsedSource(file, SourceFiles.baseName(file), records, crs(options, extent), encoding);
    }

    private static SourceCrs crs(TableOptions options, Envelope extent) {
        if (options.epsg() > 0) {
            return new SourceCrs(options.epsg(), "EPSG:" + options.epsg(), CrsCertainty.USER_CHOSEN);
        }
        if (!extent.isNull() && extent.getMinX() >= 73 && extent.getMaxX() <= 136 && extent.getMinY() >= 3
                && extent.getMaxY() <= 54) {
            return new SourceCrs(4490, "lon/lat within China", CrsCertainty.GUESSED);
        }
        return SourceCrs.unknown();
    }

    private static int column(Path file, List<String> headers, String chosen, Set<String> names, String role)
            throws ExchangeException {
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c).trim();
            if (chosen != null ? header.equals(chosen.trim()) : names.contains(header.toLowerCase(Locale.ROOT))) {
                return c;
            }
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
