package rectimap.exchange;

import java.util.List;
import rectimap.model.Field;
import rectimap.model.GeometryKind;

/**
 * What a source file holds: a name (e.g. the file name without extension), the attribute fields in file order,
 * the geometry kind (GEOMETRY when mixed), its CRS as far as known, the text encoding used to read it (e.g.
 * "UTF-8", "GB18030") and the number of records, or -1 when only reading to the end tells.
 */
public record SourceSchema(String name, List<Field> fields, GeometryKind kind, SourceCrs crs, String encoding,
                           long countOrMinusOne) {
    public SourceSchema {
        fields = List.copyOf(fields);
    }
}
