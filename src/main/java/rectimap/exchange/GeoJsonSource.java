package rectimap.exchange;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a GeoJSON file (RFC 7946: a FeatureCollection, a single Feature or a bare geometry) in UTF-8 (a BOM is
 * allowed); bytes that are not UTF-8 are read as GB18030 only when that is certain, else refused as ENCODING_UNSURE
 * ({@link Utf8ByDefault}) unless an encoding is given. The CRS is the legacy {@code crs} member when present
 * ({@code urn:ogc:def:crs:EPSG::4546}, {@code EPSG:4490}, CRS84), else RFC 7946's WGS 84 — unless the coordinates
 * are clearly not degrees, when it is unknown and the user must say. Properties become fields with inferred types;
 * nested objects and arrays are kept as JSON-like text.
 */
public final class GeoJsonSource {
    private static final Pattern EPSG = Pattern.compile("EPSG(?::[0-9.]*)?::?([0-9]{4,5})");

    private GeoJsonSource() {
    }

    /**
     * Opens {@code file}: a FeatureCollection streamed ({@link StreamedGeoJsonSource}: checked and surveyed here,
     * read again record by record), anything else parsed whole. Syntax and structural problems fail here,
     * per-record geometry faults at {@code next()}.
     */
    public static FeatureSource open(Path file) throws ExchangeException {
        return open(file, null);
    }

    /** As {@link #open(Path)}, with the text read in {@code given} ({@code --encoding}) unless null. */
    public static FeatureSource open(Path file, Charset given) throws ExchangeException {
        return StreamedGeoJsonSource.open(file, given);
    }

    /** Parses {@code file} whole (at most 512 MB); the same records, schema and faults as {@link #open}. */
    static FeatureSource openWhole(Path file) throws ExchangeException {
        return openWhole(file, null);
    }

    static FeatureSource openWhole(Path file, Charset given) throws ExchangeException {
        byte[] bytes = SourceFiles.read(file);
        Charset charset = Utf8ByDefault.of(file, bytes, given);
        String text = TextEncodingDetection.decode(bytes, charset);
        if (text.isBlank()) {
            throw new ExchangeException(ExchangeProblem.EMPTY, file, -1, "the file is empty");
        }
        Object root;
        try {
            root = JsonSyntax.parse(text);
        } catch (JsonSyntax.Flaw flaw) {
            throw new ExchangeException(flaw.truncated ? ExchangeProblem.TRUNCATED : ExchangeProblem.CORRUPT, file, -1,
                    "not valid JSON: " + flaw.getMessage());
        }
        if (!(root instanceof Map<?, ?> object) || !(object.get("type") instanceof String type)) {
            throw new ExchangeException(ExchangeProblem.CORRUPT, file, -1, "not a GeoJSON object (no \"type\")");
        }
        List<?> features = switch (type) {
            case "FeatureCollection" -> object.get("features") instanceof List<?> list ? list : null;
            case "Feature" -> List.of(object);
            default -> List.of(Map.of("type", "Feature", "geometry", object));
        };
        if (features == null) {
            throw new ExchangeException(ExchangeProblem.CORRUPT, file, -1, "a FeatureCollection without \"features\"");
        }
        List<ParsedRecord> records = new ArrayList<>();
        GeoJsonGeometry geometries = new GeoJsonGeometry();
        Envelope extent = new Envelope();
        for (int i = 0; i < features.size(); i++) {
            records.add(record(features.get(i), geometries, extent));
        }
        String name = SourceFiles.baseName(file);
        if (object.get("name") instanceof String declared && !declared.isBlank()) {
            name = declared;
        }
        return new ParsedSource(file, name, records, crs(object.get("crs"), extent), charset.name(),
                FieldTypeInference.Strings.TEXT_OR_DATE);
    }

    /** One element of "features" as a record; its geometry's envelope is added to {@code extent}. */
    static ParsedRecord record(Object feature, GeoJsonGeometry geometries, Envelope extent) {
        if (!(feature instanceof Map<?, ?> map) || !"Feature".equals(map.get("type"))) {
            return ParsedRecord.faulty("not a GeoJSON Feature", Map.of());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (map.get("properties") instanceof Map<?, ?> properties) {
            properties.forEach((k, v) -> values.put(k.toString(), plain(v)));
        }
        try {
            Geometry geometry = geometries.read(map.get("geometry"));
            if (geometry != null) {
                extent.expandToInclude(geometry.getEnvelopeInternal());
            }
            return ParsedRecord.of(geometry, values);
        } catch (IllegalArgumentException e) {
            return ParsedRecord.faulty(e.getMessage(), values);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return value instanceof Map<?, ?> || value instanceof List<?> ? value.toString() : value;
    }

    static SourceCrs crs(Object member, Envelope extent) {
        if (member instanceof Map<?, ?> crs && crs.get("properties") instanceof Map<?, ?> properties
                && properties.get("name") instanceof String name) {
            if (name.contains("CRS84")) {
                return SourceCrs.declared(4326, name);
            }
            Matcher epsg = EPSG.matcher(name);
            if (epsg.find()) {
                return SourceCrs.declared(Integer.parseInt(epsg.group(1)), name);
            }
            return new SourceCrs(0, name, CrsCertainty.UNKNOWN);
        }
        boolean degrees = extent.isNull() || extent.getMinX() >= -180 && extent.getMaxX() <= 180
                && extent.getMinY() >= -90 && extent.getMaxY() <= 90;
        return degrees ? new SourceCrs(4326, "RFC 7946 (WGS 84)", CrsCertainty.FORMAT_DEFAULT)
                : new SourceCrs(0, "coordinates are not degrees", CrsCertainty.UNKNOWN);
    }

}
