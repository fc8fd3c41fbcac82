package rectimap.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An immutable feature: an id unique within its layer, a geometry in the layer's CRS (EPSG:4490 lon/lat for
 * project layers) and attribute values by column name, in schema order. Values are String, Long, Double,
 * {@link java.time.LocalDate} or null. The geometry must not be mutated by anyone holding the feature.
 */
public record Feature(long id, Geometry geometry, Map<String, Object> attributes) {
    public Feature {
        Objects.requireNonNull(geometry, "geometry");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The attribute value, or null when absent. */
    public Object get(String fieldName) {
        return attributes.get(fieldName);
    }

    /** The attribute as text ("" when absent), for labels and search. */
    public String text(String fieldName) {
        Object value = attributes.get(fieldName);
        return value == null ? "" : value.toString();
    }
}
