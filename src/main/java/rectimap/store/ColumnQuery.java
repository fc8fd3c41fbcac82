package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The first column of every row a query answers, in order, with its {@code ?} parameters bound as given (a photo's
 * links, the names of tables): the one home of the prepare–bind–read loop the photo tables share.
 */
final class ColumnQuery {
    private ColumnQuery() {
    }

    /** How a value is read from the first column of the current row. */
    interface Reading<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The first column of each row of {@code sql}, read by {@code reading}; {@code parameters} bind the ?s in order. */
    static <T> List<T> values(Connection connection, String sql, Reading<T> reading, Object... parameters)
            throws SQLException {
        List<T> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    values.add(reading.read(row));
                }
            }
        }
        return values;
    }
}
