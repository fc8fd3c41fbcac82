package rectimap.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** A read-only, unsortable table column showing text computed from the row (the order is the model's). FX thread. */
public final class TextColumn {
    private TextColumn() {
    }

    /** A column titled {@code title} whose cells show {@code text} of their row. */
    public static <R> TableColumn<R, String> of(String title, Function<R, String> text) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}
