package rectimap.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One record of a source file: its 0-based number in the file, its geometry in the source's CRS (null when the
 * record has none) and its values by field name (String, Long, Double, LocalDate or null).
 */
public record SourceRecord(long index, Geometry geometryInSourceCrs, Map<String, Object> values) {
    public SourceRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
