package rectimap.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.render.RenderLayer;

/**
 * Typed coordinates: a pasted list of corner points, one "x,y" per line, in EPSG:4546 metres or "lon,lat" degrees —
 * which one is detected from the value ranges and told to the user ({@link TypedCrs#noticeZh()}); surveyors' X,Y
 * (northing first), lat,lon and eastings with the zone number 37 are recognised too. Separators: comma (also "，"),
 * semicolon, tab or spaces. A leading point name or number column ("J1, 3874600.5, 500120.3") is skipped, as are
 * blank lines, "#" comments and a header line without numbers. Pure.
 */
public final class TypedCoordinates {
    private static final Pattern SEPARATORS = Pattern.compile("[,，;；\\s]+");

    private TypedCoordinates() {
    }

    /** Reads the list; throws with the line at fault when a line is not a point or the lines disagree. */
    public static TypedPoints parse(String text) throws TypedCoordinatesException {
        String[] lines = text.split("\\R");
        List<double[]> pairs = new ArrayList<>();
        TypedCrs crs = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<Double> numbers = numbers(line);
            if (numbers.isEmpty() && pairs.isEmpty()) {
                continue;
            }
            if (numbers.size() < 2) {
                throw new TypedCoordinatesException(i + 1, ToolText.of("tool.typed.notAPair", line));
            }
            double first = numbers.get(numbers.size() - 2);
            double second = numbers.get(numbers.size() - 1);
            TypedCrs lineCrs = TypedCrs.guess(first, second);
            if (lineCrs == null) {
                throw new TypedCoordinatesException(i + 1, ToolText.of("tool.typed.unknownCrs", line));
            }
            if (crs != null && lineCrs != crs) {
                throw new TypedCoordinatesException(i + 1, ToolText.of("tool.typed.mixedCrs", crs.notice()));
            }
            crs = lineCrs;
            pairs.add(new double[] {first, second});
        }
        if (pairs.isEmpty()) {
            throw new TypedCoordinatesException(0, ToolText.of("tool.typed.none"));
        }
        if (pairs.size() > 1 && samePair(pairs.get(0), pairs.get(pairs.size() - 1))) {
            pairs.remove(pairs.size() - 1);
        }
        return toPoints(crs, pairs);
    }

    /** The numbers of a line, ignoring a first column that is a point name ("J1"). */
    private static List<Double> numbers(String line) {
        List<Double> numbers = new ArrayList<>();
        for (String token : SEPARATORS.split(line)) {
            try {
                numbers.add(Double.parseDouble(token));
            } catch (NumberFormatException notANumber) {
                // a point name or a header word: not part of the coordinates
            }
        }
        return numbers;
    }

    private static boolean samePair(double[] a, double[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }

    private static TypedPoints toPoints(TypedCrs crs, List<double[]> pairs) {
        CrsTransform toDisplay = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
        CrsTransform toLonLat = toDisplay.inverse();
        List<Coordinate> lonLat = new ArrayList<>();
        List<DisplayPoint> display = new ArrayList<>();
        for (double[] pair : pairs) {
            Coordinate given = switch (crs) {
                case LON_LAT, EASTING_NORTHING -> new Coordinate(pair[0], pair[1]);
                case LAT_LON, NORTHING_EASTING -> new Coordinate(pair[1], pair[0]);
                case ZONED_EASTING_NORTHING -> new Coordinate(pair[0] - TypedCrs.ZONE_37_M, pair[1]);
            };
            if (crs.isGeographic()) {
                lonLat.add(given);
                display.add(DisplayPoint.of(toDisplay.apply(given.x, given.y)));
            } else {
                display.add(DisplayPoint.of(given));
                lonLat.add(toLonLat.apply(given.x, given.y));
            }
        }
        return new TypedPoints(crs, lonLat, display);
    }

    /**
     * Hands {@code points} to the application as a new feature of the active layer — a polygon for an area layer, a
     * line for a line layer — or returns why not (no or read-only layer, too few points, a crossing ring). In an
     * EPSG:4490 layer typed lon/lat values are stored exactly as typed.
     */
    public static Optional<ToolProblem> emitInto(TypedPoints points, ToolContext context) {
        ToolProblem unfit = NewShape.refusalFor(context, 2);
        boolean areal = unfit == null;
        if (!areal) {
            unfit = NewShape.refusalFor(context, 1);
            if (unfit != null) {
                return Optional.of(unfit);
            }
        }
        int needed = areal ? 3 : 2;
        if (points.display().size() < needed) {
            return Optional.of(new ToolProblem(ToolText.of(areal ? "tool.typed.polygonTooFew" : "tool.typed.lineTooFew",
                    Integer.toString(points.display().size())), points.display().get(0)));
        }
        Geometry display = areal ? points.polygonDisplay() : points.lineDisplay();
        RenderLayer layer = context.activeLayer().orElseThrow();
        Optional<ToolProblem> invalid = ShapeCheck.problemWith(display, layer.mapLayer().info().type().geometryKind());
        if (invalid.isPresent()) {
            return invalid;
        }
        LayerProjection projection = LayerProjection.of(layer.mapLayer());
        Geometry stored = projection.storageEpsg() == Epsg.CGCS2000
                ? (areal ? points.polygonLonLat() : points.lineLonLat()) : projection.toStorage(display);
        Layer data = layer.mapLayer().layer();
        Feature draft = FeatureDraft.newFeature(data, stored);
        context.emit(new ToolResult.NewFeature(layer.tableName(), draft, data.info().title()));
        return Optional.empty();
    }
}
