package rectimap.ui;

import java.time.LocalTime;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import rectimap.ui.edit.HistoryPanelView;
import rectimap.ui.edit.StepLog;
import rectimap.ui.identify.IdentifyView;
import rectimap.ui.tools.MapEditing;

/**
 * The tabs beside the map ({@code #sideTabs}): 查询 ({@code #identifyTab}, built with the window: it is the one shown
 * first), then 历史 ({@code #historyTab}) and the campaign's tabs, each a {@link LazyTab} built when first opened, so
 * the first frame styles and lays out one panel only. FX thread.
 */
final class SideTabs {
    private final TabPane pane;
    private final Tab identifyTab;
    private final LazyTab<HistoryPanelView> history;
    private final MapEditing editing;
    private final StepLog steps = new StepLog();

    SideTabs(Messages messages, IdentifyView identify, MapEditing editing, List<Tab> campaignTabs) {
        this.editing = editing;
        identifyTab = new Tab(messages.get("identify.title"), identify);
        identifyTab.setId("identifyTab");
        identifyTab.setClosable(false);
        history = new LazyTab<>("historyTab", messages.get("history.title"), () -> {
            HistoryPanelView panel = new HistoryPanelView(messages, editing::undoTo, steps,
                    table -> layerTitle(messages, table));
            showHistory(panel);
            return panel;
        });
        pane = new TabPane(identifyTab, history.tab());
        pane.getTabs().addAll(campaignTabs);
        pane.setId("sideTabs");
        editing.addStateListener(() -> history.ifBuilt(this::showHistory));
        editing.addMoveListener(change -> editing.session().ifPresent(s -> {
            steps.moved(change, s.history().steps(), s.history().doneCount(), LocalTime.now());
            // The 状态 column turns to 已保存 when the writer is done with the move.
            change.durable().whenComplete((ok, failure) -> Platform.runLater(() -> history.ifBuilt(this::showHistory)));
        }));
    }

    private String layerTitle(Messages messages, String table) {
        return editing.session().flatMap(s -> s.project().layer(table))
                .map(layer -> messages.labels().layerTitle(layer.info())).orElse(table);
    }

    TabPane pane() {
        return pane;
    }

    /** Brings 查询 to the front (a click on the map identified something). */
    void showIdentify() {
        pane.getSelectionModel().select(identifyTab);
    }

    private void showHistory(HistoryPanelView panel) {
        editing.session().ifPresent(s -> panel.show(s.history().steps(), s.history().doneCount()));
    }
}
