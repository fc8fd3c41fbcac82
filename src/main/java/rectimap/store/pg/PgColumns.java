package rectimap.store.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import rectimap.model.Field;
import rectimap.model.FieldType;

/** A layer table's fields as PostgreSQL lists its columns (in column order), typed back into {@link FieldType}. */
final class PgColumns {
    private static final Set<String> OWN = Set.of(PgLayerTable.ID, PgLayerTable.GEOMETRY, PgLayerTable.VERSION,
            PgLayerTable.CHANGED_BY);

    private PgColumns() {
    }

    static List<Field> fields(Connection connection, String schema, String table) throws SQLException {
        List<Field> fields = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT column_name, data_type"
                + " FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                + " ORDER BY ordinal_position")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (!OWN.contains(rs.getString(1))) {
                        fields.add(new Field(rs.getString(1), typeOf(rs.getString(2))));
                    }
                }
            }
        }
        return fields;
    }

    /** Whether {@code table} of {@code schema} has the column {@code column}. */
    static boolean exists(Connection connection, String schema, String table, String column) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? AND column_name = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            query.setString(3, column);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A column a QGIS user added with another type is read as text. */
    private static FieldType typeOf(String dataType) {
        return switch (dataType) {
            case "bigint", "integer", "smallint" -> FieldType.INTEGER;
            case "double precision", "real", "numeric" -> FieldType.REAL;
            case "date" -> FieldType.DATE;
            default -> FieldType.TEXT;
        };
    }
}
