package rectimap.ui.edit;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import rectimap.model.ChangeSet;
import rectimap.ui.Messages;

/**
 * The undo history panel ({@code #historyPanel}) as a table ({@code #historyList}): the starting point, then every
 * step oldest first, in the columns 时间, 操作, 图层, 要素 and 状态 (已保存 / 等待写入 / 未保存), each sortable and
 * resizable; done steps plain, undone ones grey and italic, the current position bold with a ▶. Clicking a row (or
 * choosing it and pressing Enter) reports the cursor it stands for (the number of steps to have done) to
 * {@code onGoToCursor}; the caller undoes or redoes (e.g. {@code EditSession.undoTo}) and calls {@link #show} again.
 * FX thread only.
 */
public final class HistoryPanelView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Feature ids listed one by one up to this many; more are counted. */
    private static final int LISTED_IDS = 3;
    private final TableView<HistoryEntry> table = new TableView<>();
    private final Messages messages;
    private final IntConsumer onGoToCursor;
    private final StepLog log;
    private final Function<String, String> layerTitle;

    /**
     * @param onGoToCursor told the cursor (0..steps) the user chose; not called for the current row
     * @param log          when each step was done and whether it is written
     * @param layerTitle   a layer's title by table name, in the interface language
     */
    public HistoryPanelView(Messages messages, IntConsumer onGoToCursor, StepLog log,
                            Function<String, String> layerTitle) {
        this.messages = messages;
        this.onGoToCursor = onGoToCursor;
        this.log = log;
        this.layerTitle = layerTitle;
        setId("historyPanel");
        getStyleClass().add("side-panel");
        DialogTheme.applyTo(this, DialogTheme.FontScope.MAIN_WINDOW);
        Label title = new Label(messages.get("history.title"));
        title.getStyleClass().add("panel-title");
        table.setId("historyList");
        table.setPlaceholder(new Label(messages.get("history.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<HistoryEntry, LocalTime> time = new TableColumn<>(messages.get("history.col.time"));
        time.setId("historyColTime");
        time.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().time()));
        time.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        time.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalTime value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value == null ? "—" : TIME.format(value));
            }
        });
        time.setPrefWidth(62);
        TableColumn<HistoryEntry, Integer> step = new TableColumn<>(messages.get("history.col.step"));
        step.setId("historyColStep");
        step.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cursor()));
        step.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer cursor, boolean empty) {
                super.updateItem(cursor, empty);
                HistoryEntry entry = empty ? null : getTableRow().getItem();
                setText(entry == null ? null : (entry.state() == StepState.CURRENT ? "▶ " : "") + entry.name());
            }
        });
        step.setPrefWidth(130);
        table.getColumns().addAll(List.of(time, step,
                text("historyColLayer", "history.col.layer", 80, this::layers),
                text("historyColFeatures", "history.col.features", 45, this::features),
                text("historyColSaved", "history.col.saved", 60, this::saved)));
        table.setRowFactory(t -> new HistoryRow());
        table.setOnKeyPressed(e -> {
            // The keyboard way to "click" a row: arrows choose, Enter goes there.
            HistoryEntry chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null && chosen.state() != StepState.CURRENT) {
                onGoToCursor.accept(chosen.cursor());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, table);
        show(List.of(), 0);
    }

    /** Shows {@code steps} (oldest first) with {@code cursor} of them done, scrolled to the current one. */
    public void show(List<ChangeSet> steps, int cursor) {
        List<HistoryEntry> entries = HistoryEntry.of(steps, cursor, messages.get("history.start"), log);
        table.setItems(FXCollections.observableArrayList(entries));
        table.sort();
        table.scrollTo(cursor);
    }

    /** The rows shown now, starting point first. */
    public List<HistoryEntry> entries() {
        return List.copyOf(table.getItems());
    }

    private TableColumn<HistoryEntry, String> text(String id, String titleKey, double width,
                                                   Function<HistoryEntry, String> value) {
        TableColumn<HistoryEntry, String> column = new TableColumn<>(messages.get(titleKey));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private String layers(HistoryEntry entry) {
        return String.join(messages.get("history.listSeparator"), entry.tables().stream().map(layerTitle).toList());
    }

    /** "#12", "#12、#13" or "#12 等 5 个". */
    private String features(HistoryEntry entry) {
        List<String> ids = entry.featureIds().stream().limit(LISTED_IDS).map(id -> "#" + id).toList();
        if (entry.featureIds().size() <= LISTED_IDS) {
            return String.join(messages.get("history.listSeparator"), ids);
        }
        return messages.format("history.featuresMore", ids.get(0), entry.featureIds().size());
    }

    private String saved(HistoryEntry entry) {
        return entry.cursor() == 0 ? "" : messages.get("history.saved." + entry.saved().name());
    }

    private final class HistoryRow extends TableRow<HistoryEntry> {
        HistoryRow() {
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
                setTooltip(null);
                return;
            }
            if (entry.state() != StepState.DONE) {
                getStyleClass().add(entry.state() == StepState.CURRENT ? "current" : "undone");
            }
            setTooltip(new Tooltip(messages.get(entry.state() == StepState.UNDONE ? "history.redoTo"
                    : entry.state() == StepState.CURRENT ? "history.current" : "history.undoTo")));
        }
    }
}
