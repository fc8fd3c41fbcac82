package rectimap.exchange;

import java.io.IOException;
import java.nio.file.Path;
import org.locationtech.jts.geom.Envelope;
import rectimap.model.GeometryKind;

/**
 * The first pass over a streamed GeoJSON file: checks the whole text's syntax and learns what a
 * {@link SourceSchema} needs without keeping records — the fields' types ({@link FieldTypeInference} over every
 * feature's properties), the geometry kind, the extent (for the CRS guess), the record count, and the top-level
 * "type", "name" and "crs" members wherever they stand. As in a parsed object, a member given twice counts by its
 * last occurrence (for "features": {@link #featuresMember()} says which). Not thread-safe; one use.
 */
final class GeoJsonSurvey {
    private final GeoJsonGeometry geometries = new GeoJsonGeometry();
    private final Envelope extent = new Envelope();
    private FieldTypeInference inference = new FieldTypeInference(FieldTypeInference.Strings.TEXT_OR_DATE);
    private GeometryKind kind;
    private long count;
    private long current = -1;
    private int featuresMembers;
    private boolean featuresArray;
    private Object type;
    private Object name;
    private Object crs;

    /**
     * Walks the text of {@code json} to its end.
     *
     * @return false when the text is not a JSON object (the caller parses it whole to say what it is)
     */
    boolean walk(JsonStream json) throws IOException, JsonSyntax.Flaw {
        if (json.peek() != '{') {
            return false;
        }
        json.expect('{');
        if (json.peek() == '}') {
            json.expect('}');
        } else {
            do {
                String member = json.memberName();
                switch (member) {
                    case "features" -> features(json);
                    case "type" -> type = json.value();
                    case "name" -> name = json.value();
                    case "crs" -> crs = json.value();
                    default -> json.value(); // parsed only so that its syntax is checked
                }
            } while (json.more('}'));
        }
        json.end();
        return true;
    }

    /** Whether the text was a FeatureCollection with a "features" array (else it is read whole). */
    boolean isFeatureCollection() {
        return "FeatureCollection".equals(type) && featuresArray;
    }

    /** Which "features" member (1: the first) holds the features; a later one replaces an earlier one. */
    int featuresMember() {
        return featuresMembers;
    }

    /** The 0-based record being read when the walk failed, -1 when it failed outside "features". */
    long recordAt() {
        return current;
    }

    /** The schema of what was walked: name from "name" or the file, CRS from "crs" or the extent. */
    SourceSchema schema(Path file, String encoding) {
        String layerName = name instanceof String declared && !declared.isBlank() ? declared
                : SourceFiles.baseName(file);
        return new SourceSchema(layerName, inference.fields(), kind == null ? GeometryKind.GEOMETRY : kind,
                GeoJsonSource.crs(crs, extent), encoding, count);
    }

    private void features(JsonStream json) throws IOException, JsonSyntax.Flaw {
        featuresMembers++;
        inference = new FieldTypeInference(FieldTypeInference.Strings.TEXT_OR_DATE);
        extent.setToNull();
        kind = null;
        count = 0;
        featuresArray = json.peek() == '[';
        if (!featuresArray) {
            json.value();
            return;
        }
        json.expect('[');
        if (json.peek() == ']') {
            json.expect(']');
            return;
        }
        do {
            current = count;
            ParsedRecord record = GeoJsonSource.record(json.value(), geometries, extent);
            record.values().forEach(inference::see);
            kind = ParsedSource.widened(kind, record.geometry());
            current = ++count;
        } while (json.more(']'));
        current = -1;
    }
}
