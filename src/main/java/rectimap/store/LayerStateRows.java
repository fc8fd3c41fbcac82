package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import rectimap.model.style.LayerStyle;

/** Reads and replaces the rows of {@link ProjectTables#LAYER_STATE} (style as {@link LayerStyleText}); callers own the transaction. */
final class LayerStateRows {
    private LayerStateRows() {
    }

    /** The stored states in drawing order; empty for a file without our tables. */
    static List<LayerDisplayState> read(Connection connection) throws SQLException {
        List<LayerDisplayState> states = new ArrayList<>();
        if (!ProjectTables.present(connection)) {
            return states;
        }
        // Files from before styles were kept lack the column (a read-only open does not add it).
        String style = ProjectTables.hasStyleColumn(connection) ? "style" : "NULL";
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SELECT table_name,"
                + " draw_order, visible, opacity, " + style + " FROM " + ProjectTables.LAYER_STATE
                + " ORDER BY draw_order")) {
            while (rows.next()) {
                double opacity = Math.max(0, Math.min(1, rows.getDouble(4)));
                states.add(new LayerDisplayState(rows.getString(1), rows.getInt(2), rows.getInt(3) != 0, opacity,
                        styleOf(rows.getString(1), rows.getString(5))));
            }
        }
        return states;
    }

    /**
     * The style of a row; a style this version cannot read (edited by hand, a newer Rectimap) falls back to the
     * default rather than keeping the project from opening.
     */
    static LayerStyle styleOf(String table, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LayerStyleText.read(text);
        } catch (IllegalArgumentException e) {
            System.getLogger(LayerStateRows.class.getName()).log(System.Logger.Level.WARNING,
                    "style of layer " + table + " unreadable, default used: " + e.getMessage());
            return null;
        }
    }

    /** Replaces all rows with {@code states}, and their styles in QGIS's {@code layer_styles}. */
    static void replace(Connection connection, List<LayerDisplayState> states) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM " + ProjectTables.LAYER_STATE);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + ProjectTables.LAYER_STATE
                + " (table_name, draw_order, visible, opacity, style) VALUES (?, ?, ?, ?, ?)")) {
            for (LayerDisplayState state : states) {
                insert.setString(1, state.tableName());
                insert.setInt(2, state.drawOrder());
                insert.setInt(3, state.visible() ? 1 : 0);
                insert.setDouble(4, state.opacity());
                insert.setString(5, state.style() == null ? null : LayerStyleText.write(state.style()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // The same styles for QGIS, in the same transaction, so the two never disagree.
        QgisLayerStyles.write(connection, states);
    }
}
