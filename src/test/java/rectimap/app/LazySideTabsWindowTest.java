package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static rectimap.app.Labels.text;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.ui.MainWindow;
import rectimap.ui.edit.HistoryEntry;

/**
 * Issue 13/14 start path: only the side tab shown first (查询) is built with the window; every other side tab builds
 * its panel when first opened, and that panel then shows everything that happened before it existed (the steps, the
 * coverage report, the cases with the project's warning days, the review sites).
 */
class LazySideTabsWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void aSideTabIsBuiltWhenFirstOpenedAndThenShowsWhatCameBefore(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        TabPane side = robot.lookup("#sideTabs").queryAs(TabPane.class);
        assertThat(side.getSelectionModel().getSelectedItem().getId()).isEqualTo("identifyTab");
        assertThat(side.getTabs()).filteredOn(t -> !"identifyTab".equals(t.getId()))
                .extracting(Tab::getId).containsExactly("historyTab", "reviewTab", "coverageTab", "casesTab");
        assertThat(side.getTabs()).filteredOn(t -> !"identifyTab".equals(t.getId()))
                .allSatisfy(t -> assertThat(t.getContent()).as("panel of %s before it is opened", t.getId()).isNull());
        for (String panel : new String[] {"#historyList", "#reviewPanel", "#coverageProblems", "#caseList"}) {
            assertThat(robot.lookup(panel).tryQuery()).as(panel + " before its tab is opened").isEmpty();
        }
        // Things happen before the panels exist: a step is done, the coverage check reports, the days are stored.
        robot.clickOn("#layerVisible-road");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> text(robot, "#coverageIndicator").startsWith("未覆盖"));

        select(robot, side, "historyTab");
        @SuppressWarnings("unchecked")
        TableView<HistoryEntry> steps = robot.lookup("#historyList").queryAs(TableView.class);
        assertThat(steps.getItems()).extracting(HistoryEntry::name).hasSize(2)
                .last().asString().startsWith("隐藏图层 ");
        // The step was done before the panel existed: its time, layer and written state are still known.
        HistoryEntry hidden = steps.getItems().get(1);
        assertThat(hidden.time()).isNotNull();
        assertThat(hidden.tables()).containsExactly("road");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> steps.getItems().get(1).saved() == rectimap.ui.edit.SaveState.SAVED);
        List<Object> cells = steps.getColumns().stream().map(c -> (Object) c.getCellData(1)).toList();
        assertThat(cells).containsExactly(hidden.time(), 1, "道路（示意）", "", "已保存");
        Screenshots.save(robot, window.stage(), "history-table");

        select(robot, side, "coverageTab");
        assertThat(text(robot, "#coverageSummary")).isNotEqualTo("正在检查覆盖…").isNotBlank();
        assertThat(robot.lookup("#coverageProblemList").queryAs(TableView.class).getItems()).isNotEmpty();

        select(robot, side, "casesTab");
        assertThat(robot.lookup("#caseRows").queryAs(TableView.class).getItems()).hasSizeGreaterThan(2);
        assertThat(text(robot, "#caseCount")).startsWith("显示 ");
        assertThat(robot.lookup("#caseWarningDays").queryAs(Spinner.class).getValue()).isEqualTo(3);

        select(robot, side, "reviewTab");
        assertThat(text(robot, "#reviewCounts")).contains("示范镇 3/3");
        assertThat(text(robot, "#reviewSiteName")).isEqualTo("解州镇");
        Screenshots.save(robot, window.stage(), "lazy-side-tabs-review");
    }

    private static void select(FxRobot robot, TabPane side, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
        Tab tab = side.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        assertThat(tab.isSelected()).isTrue();
        assertThat(tab.getContent()).as("panel of %s once opened", id).isNotNull();
    }
}
