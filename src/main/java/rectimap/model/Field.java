package rectimap.model;

import java.util.Objects;

/**
 * One attribute column of a feature type. The {@code name} is the column name in the file (ASCII for sample
 * layers); the user-facing label comes from the UI resource bundle key {@code field.<name>}, falling back to the name.
 */
public record Field(String name, FieldType type) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
