package rectimap.store.pg;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Copies rows of the photos' media table between a GeoPackage and a shared project, column for column
 * ({@link #COLUMNS}, the same in both stores), in batches: {@code publish} copies a file's photos up, {@code package}
 * copies a township's photos down into its work package.
 */
final class MediaCopy {
    /** Every column of the media table, in both stores. */
    static final String COLUMNS = "id, data, content_type, file_name, sha256, taken_at, lon, lat, direction, tag, who,"
            + " width, height, added_at, thumbnail, original";
    /** Per column of {@link #COLUMNS}: l bigint, b bytes, t text, d double precision. */
    private static final String TYPES = "lbttttdddttlltbb";
    private static final int BATCH = 20;

    private MediaCopy() {
    }

    /** The insert's VALUES list for {@link #COLUMNS}. */
    static String values() {
        return "?, ".repeat(TYPES.length() - 1) + "?";
    }

    /**
     * Inserts every row of {@code rows} (which selected {@link #COLUMNS} in order) through {@code insert} (into
     * {@link #COLUMNS}); returns how many.
     */
    static int copy(ResultSet rows, PreparedStatement insert) throws SQLException {
        int count = 0;
        while (rows.next()) {
            for (int i = 1; i <= TYPES.length(); i++) {
                bind(insert, i, TYPES.charAt(i - 1), rows);
            }
            insert.addBatch();
            if (++count % BATCH == 0) {
                insert.executeBatch();
            }
        }
        insert.executeBatch();
        return count;
    }

    private static void bind(PreparedStatement insert, int i, char type, ResultSet rs) throws SQLException {
        if (rs.getObject(i) == null) {
            insert.setNull(i, switch (type) {
                case 'b' -> Types.BINARY;
                case 'l' -> Types.BIGINT;
                case 'd' -> Types.DOUBLE;
                default -> Types.VARCHAR;
            });
            return;
        }
        switch (type) {
            case 'b' -> insert.setBytes(i, rs.getBytes(i));
            case 'l' -> insert.setLong(i, rs.getLong(i));
            case 'd' -> insert.setDouble(i, rs.getDouble(i));
            default -> insert.setString(i, rs.getString(i));
        }
    }
}
