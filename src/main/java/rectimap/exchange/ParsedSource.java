package rectimap.exchange;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.Field;
import rectimap.model.GeometryKind;

/**
 * A {@link FeatureSource} over a file that was parsed whole (GeoJSON, KML, CSV, XLSX): field types are inferred
 * from all values ({@link FieldTypeInference}), the geometry kind from all geometries, and each record's values
 * are typed as it is handed out, so a value or geometry fault is reported with its record number.
 */
final class ParsedSource implements FeatureSource {
    private final Path file;
    private final List<ParsedRecord> records;
    private final SourceSchema schema;
    private int next;

    ParsedSource(Path file, String name, List<ParsedRecord> records, SourceCrs crs, String encoding,
                 FieldTypeInference.Strings strings) {
        this.file = file;
        this.records = List.copyOf(records);
        FieldTypeInference inference = new FieldTypeInference(strings);
        for (ParsedRecord record : records) {
            record.values().forEach(inference::see);
        }
        this.schema = new SourceSchema(name, inference.fields(), kindOf(records), crs, encoding, records.size());
    }

    @Override
    public SourceSchema schema() {
        return schema;
    }

    @Override
    public SourceRecord next() throws ExchangeException {
        if (next >= records.size()) {
            return null;
        }
        int index = next++;
        return typed(file, index, records.get(index), schema.fields());
    }

    /**
     * {@code record} as the {@code index}th record with its values typed as {@code fields} say: a geometry fault
     * is BAD_GEOMETRY, a value that does not fit its field's type BAD_VALUE, both naming file and record.
     */
    static SourceRecord typed(Path file, long index, ParsedRecord record, List<Field> fields)
            throws ExchangeException {
        if (record.geometryFault() != null) {
            throw new ExchangeException(ExchangeProblem.BAD_GEOMETRY, file, index, record.geometryFault());
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Field field : fields) {
            Object raw = record.values().get(field.name());
            try {
                typed.put(field.name(), FieldTypeInference.convert(raw, field.type()));
            } catch (RuntimeException e) {
                throw new ExchangeException(ExchangeProblem.BAD_VALUE, file, index,
                        "field " + field.name() + ": '" + raw + "' is not " + field.type(), e);
            }
        }
        return new SourceRecord(index, record.geometry(), typed);
    }

    @Override
    public void close() {
        // parsed whole at open: nothing held
    }

    private static GeometryKind kindOf(List<ParsedRecord> records) {
        GeometryKind kind = null;
        for (ParsedRecord record : records) {
            kind = widened(kind, record.geometry());
        }
        return kind == null ? GeometryKind.GEOMETRY : kind;
    }

    /** The kind of a layer holding geometries of {@code kind} (null: none yet) and {@code geometry} (may be null). */
    static GeometryKind widened(GeometryKind kind, Geometry geometry) {
        if (geometry == null) {
            return kind;
        }
        GeometryKind now = kindOf(geometry);
        return kind == null || kind == now ? now : widened(kind, now);
    }

    /** A Polygon and a MultiPolygon fit a MULTIPOLYGON layer (likewise lines and points); otherwise GEOMETRY. */
    private static GeometryKind widened(GeometryKind a, GeometryKind b) {
        for (GeometryKind multi : List.of(GeometryKind.MULTIPOLYGON, GeometryKind.MULTILINESTRING,
                GeometryKind.MULTIPOINT)) {
            GeometryKind single = GeometryKind.valueOf(multi.name().substring(5));
            if ((a == multi || a == single) && (b == multi || b == single)) {
                return multi;
            }
        }
        return GeometryKind.GEOMETRY;
    }

    static GeometryKind kindOf(Geometry geometry) {
        return switch (geometry.getGeometryType()) {
            case "Point" -> GeometryKind.POINT;
            case "MultiPoint" -> GeometryKind.MULTIPOINT;
            case "LineString", "LinearRing" -> GeometryKind.LINESTRING;
            case "MultiLineString" -> GeometryKind.MULTILINESTRING;
            case "Polygon" -> GeometryKind.POLYGON;
            case "MultiPolygon" -> GeometryKind.MULTIPOLYGON;
            default -> GeometryKind.GEOMETRY;
        };
    }
}
