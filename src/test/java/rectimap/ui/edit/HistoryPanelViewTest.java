package rectimap.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.edit.UndoHistory;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.ui.FxFonts;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/** The history panel over a real UndoHistory: names, states, and a click that takes the history back. */
@ExtendWith(ApplicationExtension.class)
class HistoryPanelViewTest {
    private final UndoHistory history = new UndoHistory();
    private final List<Integer> asked = new ArrayList<>();
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
        });
        panel.show(history.steps(), history.doneCount());
        Scene scene = new Scene(panel, 300, 260);
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
        assertThat(cell(robot, "修改 解州镇-1 责任区 属性").getText()).startsWith("▶");
        Screenshots.save(robot, panel.getScene().getWindow(), "history-panel");

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

    private static ListCell<?> cell(FxRobot robot, String name) {
        for (Node node : robot.lookup(".history-cell").queryAll()) {
            if (node instanceof ListCell<?> cell && cell.getText() != null && cell.getText().strip().endsWith(name)) {
                return cell;
            }
        }
        throw new AssertionError("no history row " + name);
    }
}
