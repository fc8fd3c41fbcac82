package rectimap.ui.coverage;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import rectimap.ui.Messages;

/**
 * The problems of the chosen group as a table ({@code #coverageProblemList}): 类型, 乡镇, 面积 and 说明 (the row's
 * whole line as the list showed it), each column sortable and resizable; 面积 sorts by the number (rows without an
 * area last) while it shows 亩 as people read it. FX thread.
 */
final class ProblemTable extends TableView<ProblemRow> {

    ProblemTable(Messages messages) {
        setId("coverageProblemList");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<ProblemRow, Double> area = new TableColumn<>(messages.get("coverage.col.area"));
        area.setId("coverageColArea");
        area.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().areaM2()));
        area.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        area.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double m2, boolean empty) {
                super.updateItem(m2, empty);
                setText(empty || m2 == null ? null : ProblemRow.area(m2, messages));
            }
        });
        area.setPrefWidth(160);
        getColumns().addAll(List.of(text("coverageColKind", messages.get("coverage.col.kind"), 80,
                        r -> r.kind(messages)),
                text("coverageColTownship", messages.get("coverage.col.township"), 80, ProblemRow::townshipName), area,
                text("coverageColText", messages.get("coverage.col.text"), 360, r -> r.text(messages))));
    }

    private static TableColumn<ProblemRow, String> text(String id, String title, double width,
            Function<ProblemRow, String> value) {
        TableColumn<ProblemRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
