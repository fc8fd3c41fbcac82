package rectimap.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.edit.SessionChange;
import rectimap.edit.UndoHistory;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.Project;
import rectimap.ui.FxFonts;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/**
 * The history panel over a real UndoHistory: a table of 时间, 操作, 图层, 要素 and 状态 (English headers with
 * {@code --lang en}), states, the 等待写入 → 已保存 turn when the writer is done, and a click that takes the history
 * back.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryPanelViewTest {
    private final UndoHistory history = new UndoHistory();
    private final List<Integer> asked = new ArrayList<>();
    private final StepLog log = new StepLog();
    private final CompletableFuture<Void> write = new CompletableFuture<>();
    private HistoryPanelView panel;

    @Start
    void start(Stage stage) {
        Feature drawn = FormFixtures.draft(FormFixtures.AREA_WKT);
        Feature named = new Feature(1, drawn.geometry(), Map.of("township", "解州镇"));
        history.record(new ChangeSet("新建 解州镇-1 责任区", List.of(FeatureChange.added("responsibility_area", drawn))));
        history.record(new ChangeSet("修改 解州镇-1 责任区 属性",
                List.of(FeatureChange.replaced("responsibility_area", drawn, named))));
        history.record(new ChangeSet("删除 解州镇-1 责任区", List.of(FeatureChange.removed("responsibility_area", named))));
        history.undo();
        // The attribute change was made in this window at 09:30:05 and its write is still queued.
        log.moved(new SessionChange(SessionChange.Kind.DONE, history.steps().get(1),
                new Project(null, List.of()), write), history.steps().subList(0, 2), 2, LocalTime.of(9, 30, 5));
        panel = new HistoryPanelView(new Messages(UiLanguage.ZH), cursor -> {
            asked.add(cursor);
            // What the lead's wiring does: move the history, then show it again.
            while (history.doneCount() > cursor) {
                history.undo();
            }
            while (history.doneCount() < cursor) {
                history.redo();
            }
            panel.show(history.steps(), history.doneCount());
        }, log, table -> table.equals("responsibility_area") ? "责任区" : table);
        panel.show(history.steps(), history.doneCount());
        Scene scene = new Scene(panel, 560, 260);
        panel.setStyle("-fx-font-family: '" + FxFonts.discover().family() + "';");
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void listsTheNamedStepsOldestFirstAndAClickGoesBackToThatStep(FxRobot robot) {
        assertThat(panel.entries()).extracting(HistoryEntry::name).containsExactly("打开项目时", "新建 解州镇-1 责任区",
                "修改 解州镇-1 责任区 属性", "删除 解州镇-1 责任区");
        assertThat(panel.entries()).extracting(HistoryEntry::state).containsExactly(StepState.DONE, StepState.DONE,
                StepState.CURRENT, StepState.UNDONE);
        assertThat(cell(robot, "删除 解州镇-1 责任区").getStyleClass()).contains("undone");
        assertThat(texts(robot, "修改 解州镇-1 责任区 属性")).containsExactly("09:30:05", "▶ 修改 解州镇-1 责任区 属性",
                "责任区", "#1", "等待写入");
        assertThat(texts(robot, "新建 解州镇-1 责任区")).as("done before this window opened")
                .containsExactly("—", "新建 解州镇-1 责任区", "责任区", "#1", "已保存");
        assertThat(robot.lookup("#historyList").queryTableView().getColumns()).extracting(c -> c.getText())
                .containsExactly("时间", "操作", "图层", "要素", "状态");
        Screenshots.save(robot, panel.getScene().getWindow(), "history-panel");

        robot.interact(() -> {
            write.complete(null);
            panel.show(history.steps(), history.doneCount());
        });
        assertThat(texts(robot, "修改 解州镇-1 责任区 属性")).last().isEqualTo("已保存");

        robot.clickOn(cell(robot, "新建 解州镇-1 责任区"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly(1);
        assertThat(history.doneCount()).isEqualTo(1);
        assertThat(panel.entries()).extracting(HistoryEntry::state).containsExactly(StepState.DONE,
                StepState.CURRENT, StepState.UNDONE, StepState.UNDONE);

        robot.clickOn(cell(robot, "新建 解州镇-1 责任区"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).as("the current row asks for nothing").containsExactly(1);

        robot.clickOn(cell(robot, "删除 解州镇-1 责任区"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly(1, 3);
        assertThat(history.doneCount()).isEqualTo(3);
        assertThat(cell(robot, "删除 解州镇-1 责任区").getStyleClass()).contains("current").doesNotContain("undone");
    }

    @Test
    void englishHeaders(FxRobot robot) {
        HistoryPanelView[] english = new HistoryPanelView[1];
        robot.interact(() -> english[0] = new HistoryPanelView(new Messages(UiLanguage.EN), c -> { }, new StepLog(),
                table -> table));
        assertThat(((TableView<?>) english[0].lookup("#historyList")).getColumns()).extracting(c -> c.getText())
                .containsExactly("Time", "Step", "Layer", "Features", "Saved");
    }

    private static TableRow<?> cell(FxRobot robot, String name) {
        for (Node node : robot.lookup(".history-cell").queryAll()) {
            if (node instanceof TableRow<?> row && row.getItem() instanceof HistoryEntry entry
                    && entry.name().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no history row " + name);
    }

    /** The texts of the row's cells, column by column. */
    private static List<String> texts(FxRobot robot, String name) {
        return cell(robot, name).getChildrenUnmodifiable().stream().filter(n -> n instanceof TableCell<?, ?>)
                .map(n -> ((TableCell<?, ?>) n).getText()).toList();
    }
}
