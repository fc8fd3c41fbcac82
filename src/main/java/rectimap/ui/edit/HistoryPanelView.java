package rectimap.ui.edit;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import rectimap.model.ChangeSet;
import rectimap.ui.Messages;

/**
 * The undo history panel ({@code #historyPanel}, list {@code #historyList}): the starting point, then every step
 * oldest first; done steps plain, undone ones grey and italic, the current position bold with a ▶. Clicking a row
 * (or choosing it and pressing Enter) reports the cursor it stands for (the number of steps to have done) to {@code onGoToCursor}; the caller undoes or
 * redoes (e.g. {@code EditSession.undoTo}) and calls {@link #show} again. FX thread only.
 */
public final class HistoryPanelView extends VBox {
    private final ListView<HistoryEntry> list = new ListView<>();
    private final Messages messages;
    private final IntConsumer onGoToCursor;

    /** @param onGoToCursor told the cursor (0..steps) the user chose; not called for the current row */
    public HistoryPanelView(Messages messages, IntConsumer onGoToCursor) {
        this.messages = messages;
        this.onGoToCursor = onGoToCursor;
        setId("historyPanel");
        getStyleClass().add("side-panel");
        DialogTheme.applyTo(this, DialogTheme.FontScope.MAIN_WINDOW);
        Label title = new Label(messages.get("history.title"));
        title.getStyleClass().add("panel-title");
        list.setId("historyList");
        list.setPlaceholder(new Label(messages.get("history.empty")));
        list.setCellFactory(v -> new HistoryCell());
        list.setOnKeyPressed(e -> {
            // The keyboard way to "click" a row: arrows choose, Enter goes there.
            HistoryEntry chosen = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null && chosen.state() != StepState.CURRENT) {
                onGoToCursor.accept(chosen.cursor());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        show(List.of(), 0);
    }

    /** Shows {@code steps} (oldest first) with {@code cursor} of them done, scrolled to the current one. */
    public void show(List<ChangeSet> steps, int cursor) {
        List<HistoryEntry> entries = HistoryEntry.of(steps, cursor, messages.get("history.start"));
        list.setItems(FXCollections.observableArrayList(entries));
        list.scrollTo(cursor);
    }

    /** The rows shown now, starting point first. */
    public List<HistoryEntry> entries() {
        return List.copyOf(list.getItems());
    }

    private final class HistoryCell extends ListCell<HistoryEntry> {
        HistoryCell() {
            getStyleClass().add("history-cell");
            setOnMouseClicked(e -> {
                HistoryEntry entry = getItem();
                if (!isEmpty() && entry != null && entry.state() != StepState.CURRENT) {
                    onGoToCursor.accept(entry.cursor());
                }
            });
        }

        @Override
        protected void updateItem(HistoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("undone", "current");
            if (empty || entry == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText((entry.state() == StepState.CURRENT ? "▶ " : "    ") + entry.name());
            if (entry.state() != StepState.DONE) {
                getStyleClass().add(entry.state() == StepState.CURRENT ? "current" : "undone");
            }
            setTooltip(new Tooltip(messages.get(entry.state() == StepState.UNDONE ? "history.redoTo"
                    : entry.state() == StepState.CURRENT ? "history.current" : "history.undoTo")));
        }
    }
}
