package rectimap.ui.report;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import java.util.List;
import rectimap.report.ReportTable;

/** One report table (title, headers, text rows) as a JavaFX table. FX thread. */
final class ReportTableView extends TableView<List<String>> {

    ReportTableView(ReportTable table, String id) {
        setId(id);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (int c = 0; c < table.headers().size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(table.headers().get(c));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(index)));
            column.setSortable(false);
            getColumns().add(column);
        }
        getItems().setAll(table.rows());
    }
}
