package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.cases.SupervisionCase;
import rectimap.ui.MainWindow;

/**
 * Issue 11 point 10 in the real window at 1400×900: every side tab shows its title (none in the overflow menu) and
 * the case list is a table whose columns sort (期限 by date) and resize.
 */
class SidePanelsWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void tabsFitAndCasesAreASortableTable(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        TabPane side = robot.lookup("#sideTabs").queryAs(TabPane.class);
        assertThat(side.getTabs()).hasSizeGreaterThanOrEqualTo(5);
        // The overflow menu button shows only when some tab header does not fit.
        Node overflow = side.lookup(".control-buttons-tab");
        assertThat(overflow == null || !overflow.isVisible()).as("no tab hides in the overflow menu").isTrue();
        for (Node header : side.lookupAll(".tab-header-area .tab")) {
            assertThat(header.localToScene(header.getBoundsInLocal()).getMaxX())
                    .isLessThanOrEqualTo(side.localToScene(side.getBoundsInLocal()).getMaxX());
        }

        robot.interact(() -> side.getSelectionModel().select(side.getTabs().stream()
                .filter(t -> "casesTab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<SupervisionCase> cases = robot.lookup("#caseRows").queryAs(TableView.class);
        assertThat(cases.getColumns()).extracting(TableColumn::getText)
                .contains("地点", "乡镇", "责任单位", "期限", "状态", "来源");
        assertThat(cases.getColumns()).allSatisfy(c -> {
            assertThat(c.isSortable()).isTrue();
            assertThat(c.isResizable()).isTrue();
        });
        assertThat(cases.getItems()).hasSizeGreaterThan(2);
        robot.clickOn("#caseColDeadline");
        WaitForAsyncUtils.waitForFxEvents();
        List<LocalDate> deadlines = cases.getItems().stream().map(SupervisionCase::deadline).toList();
        assertThat(deadlines.stream().filter(java.util.Objects::nonNull).toList()).isSorted();
        robot.clickOn("#caseColDeadline");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cases.getItems().get(0).deadline()).isAfterOrEqualTo(deadlines.get(0));
        Screenshots.save(robot, window.stage(), "side-cases-table");
    }
}
