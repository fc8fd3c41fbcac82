package rectimap.model;

import java.util.Objects;

/**
 * One attribute column of a feature type. The {@code name} is the column name in the file (ASCII for our own
 * layers); the user-facing label comes from the UI resource bundle key {@code field.<name>}, falling back to the name.
 * A derived field ({@link Derivation}) is computed from the geometry, never typed.
 */
public record Field(String name, FieldType type, Derivation derivation) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(derivation, "derivation");
    }

    /** A field the user types (not derived). */
    public Field(String name, FieldType type) {
        this(name, type, Derivation.NONE);
    }

    public boolean isDerived() {
        return derivation != Derivation.NONE;
    }
}
