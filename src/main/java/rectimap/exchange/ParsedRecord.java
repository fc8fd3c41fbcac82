package rectimap.exchange;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A record of a fully parsed file before its values are typed: the geometry (null when none), or why it could not
 * be read ({@code geometryFault} non-null), and the raw values by column.
 */
record ParsedRecord(Geometry geometry, String geometryFault, Map<String, Object> values) {

    static ParsedRecord of(Geometry geometry, Map<String, Object> values) {
        return new ParsedRecord(geometry, null, values);
    }

    static ParsedRecord faulty(String fault, Map<String, Object> values) {
        return new ParsedRecord(null, fault, values);
    }
}
