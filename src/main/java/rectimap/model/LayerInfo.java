package rectimap.model;

import java.util.Objects;

/**
 * What describes a layer apart from its features: schema, display title (Chinese), role, provenance, a free note
 * (e.g. where its geometry comes from) and the EPSG code of its geometries.
 */
public record LayerInfo(FeatureType type, String title, LayerRole role, Provenance provenance, String note, int srid) {
    public LayerInfo {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(provenance, "provenance");
        note = note == null ? "" : note;
    }

    /** The table name in the GeoPackage. */
    public String tableName() {
        return type.name();
    }

    public boolean isSchematic() {
        return provenance == Provenance.SCHEMATIC;
    }
}
