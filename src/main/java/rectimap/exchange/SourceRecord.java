package rectimap.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One record of a {@link FeatureSource}.
 *
 * @param index               the 0-based record number in the file (what a message names, shown 1-based)
 * @param geometryInSourceCrs the geometry in {@link SourceSchema#crs()}, or null for a record without one
 *                            (a Shapefile null shape); Z and M are dropped (2D)
 * @param values              values by field name in schema order: String, Long, Double, LocalDate or null
 */
public record SourceRecord(long index, Geometry geometryInSourceCrs, Map<String, Object> values) {
    public SourceRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a field, or null when absent or empty. */
    public Object get(String fieldName) {
        return values.get(fieldName);
    }
}
