package rectimap.exchange;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rectimap.model.Field;
import rectimap.model.GeometryKind;

/**
 * What a {@link FeatureSource} holds, known before the first record is read.
 *
 * @param name            the layer name the file suggests (e.g. the Shapefile's base name), never null
 * @param fields          the attribute fields in file order; names as in the file (Chinese allowed)
 * @param kind            the geometry kind of every record ({@link GeometryKind#GEOMETRY} when mixed or unknown)
 * @param crs             the coordinate reference system of the geometries and how sure we are of it
 * @param encoding        the text encoding used to decode attribute values (a Java charset name, e.g. "GBK"),
 *                        or "" when the format has none of its own (e.g. GeoJSON is always UTF-8)
 * @param countOrMinusOne the number of records when the header says so, else -1
 */
public record SourceSchema(String name, List<Field> fields, GeometryKind kind, SourceCrs crs, String encoding,
                           long countOrMinusOne) {
    public SourceSchema {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(crs, "crs");
        encoding = encoding == null ? "" : encoding;
    }

    /** The field with this name, if the file has one. */
    public Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }
}
