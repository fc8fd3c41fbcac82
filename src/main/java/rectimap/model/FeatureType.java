package rectimap.model;

import java.util.List;
import java.util.Optional;

/** The schema of a layer: its table name, geometry kind and attribute fields in column order. */
public record FeatureType(String name, GeometryKind geometryKind, List<Field> fields) {
    public FeatureType {
        fields = List.copyOf(fields);
    }

    /** The field with this column name, if the type has one. */
    public Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }
}
