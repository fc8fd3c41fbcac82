package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static rectimap.app.Labels.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.IntStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.cases.CaseFilter;
import rectimap.campaign.cases.CaseStatus;
import rectimap.campaign.cases.SupervisionCase;
import rectimap.model.Feature;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.ui.MainWindow;

/**
 * In the real window on the sample project: the coverage indicator shows the open gap, the problems list fills it in
 * one click and the indicator follows (and undo brings it back); the case list filters by overdue and status.
 */
class CoverageAndCasesWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    private static void showTab(FxRobot robot, String tabId) {
        TabPane side = robot.lookup("#sideTabs").queryAs(TabPane.class);
        Tab tab = side.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> side.getSelectionModel().select(tab));
    }

    @Test
    void aGapIsFilledFromTheProblemsListAndTheIndicatorFollows(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> text(robot, "#coverageIndicator").startsWith("未覆盖"));
        String before = text(robot, "#coverageIndicator");
        assertThat(before).matches("未覆盖 [0-9,.]+ 亩 · 重叠 \\d+ 处").isNotEqualTo("未覆盖 0.0 亩 · 重叠 0 处");

        robot.clickOn("#menuCampaign").clickOn("#menuCoverage");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Object> rows = robot.lookup("#coverageProblemList").queryAs(TableView.class);
        assertThat(rows.getItems()).isNotEmpty();
        // Rows name the responsibility areas by person and village, never by raw ids ("责任区 [17, 3]").
        Object described = column(rows, "coverageColText").getCellData(0);
        assertThat(String.valueOf(described)).doesNotContainPattern("\\[[\\d, ]+\\]")
                .containsPattern("责任区 \\p{IsHan}");
        robot.interact(() -> rows.getSelectionModel().select(0));
        Button fill = robot.lookup("#coverageFill").queryAs(Button.class);
        assertThat(fill.isDisabled()).isFalse();
        assertThat(fill.getText()).startsWith("补齐给 ");
        robot.clickOn("#coverageFill");
        // Handing the township's whole rest to one cadre is asked first.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#coverageFillConfirmOk").tryQuery()
                .isPresent());
        robot.clickOn("#coverageFillConfirmOk");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#coverageIndicator").equals(before));
        String after = text(robot, "#coverageIndicator");
        assertThat(uncovered(after)).isLessThan(uncovered(before));
        assertThat(window.editing().session().orElseThrow().history().undoName()).hasValueSatisfying(
                name -> assertThat(name).startsWith("补齐空白 ").contains(" → ").endsWith("责任区"));

        robot.interact(() -> window.editing().undo());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#coverageIndicator").equals(before));
        Screenshots.save(robot, window.stage(), "coverage-problems");
    }

    @Test
    void theCaseListFiltersByOverdueAndStatus(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        showTab(robot, "casesTab");
        List<Feature> cases = window.model().project().layer(SupervisionCase.TABLE).orElseThrow().layer().features();
        long overdue = CaseFilter.overdueCount(cases, LocalDate.now());
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<SupervisionCase> rows = robot.lookup("#caseRows")
                .queryAs(javafx.scene.control.TableView.class);
        assertThat(rows.getItems()).hasSize(cases.size());
        assertThat(text(robot, "#overdueIndicator")).isEqualTo("逾期督办 " + overdue + " 件");

        robot.clickOn("#caseOverdueOnly");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows.getItems()).hasSize((int) overdue)
                .allSatisfy(c -> assertThat(c.isOverdue(LocalDate.now())).isTrue());

        robot.clickOn("#caseOverdueOnly");
        @SuppressWarnings("unchecked")
        ComboBox<java.util.Optional<CaseStatus>> status = robot.lookup("#caseStatusFilter").queryAs(ComboBox.class);
        robot.interact(() -> status.getSelectionModel().select(java.util.Optional.of(CaseStatus.RECTIFYING)));
        WaitForAsyncUtils.waitForFxEvents();
        long rectifying = cases.stream().filter(c -> c.text("status").equals("整改中")).count();
        assertThat(rectifying).isGreaterThan(0);
        assertThat(rows.getItems()).hasSize((int) rectifying)
                .allSatisfy(c -> assertThat(c.status()).contains(CaseStatus.RECTIFYING));
        assertThat(text(robot, "#caseCount")).startsWith("显示 " + rectifying + " 件");
        Screenshots.save(robot, window.stage(), "case-list");
    }

    private static double uncovered(String indicator) {
        return Double.parseDouble(indicator.replaceAll("^未覆盖 ([0-9,.]+) 亩.*$", "$1").replace(",", ""));
    }

    /**
     * The problems panel is a table: 面积 sorts by the number (not the text), and a column the user widened comes back
     * in a new window, kept in the user's own settings file.
     */
    @Test
    void theProblemsTableSortsByAreaAndKeepsItsColumnWidths(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> text(robot, "#coverageIndicator").startsWith("未覆盖"));
        showTab(robot, "coverageTab");
        @SuppressWarnings("unchecked")
        ComboBox<Object> category = robot.lookup("#coverageCategory").queryAs(ComboBox.class);
        robot.interact(() -> category.getSelectionModel().select(1));
        TableView<Object> rows = problems(robot);
        TableColumn<Object, ?> area = column(rows, "coverageColArea");
        robot.interact(() -> {
            area.setSortType(TableColumn.SortType.ASCENDING);
            rows.getSortOrder().setAll(List.of(area));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> areas = IntStream.range(0, rows.getItems().size()).mapToObj(i -> (Double) area.getCellData(i))
                .toList();
        assertThat(areas).hasSizeGreaterThan(2).doesNotContainNull().isSorted();
        assertThat(areas.get(0)).isLessThan(areas.get(areas.size() - 1));

        robot.interact(() -> rows.resizeColumn(area, 83));
        double widened = area.getWidth();
        Path settings = sample.home().resolve("settings.properties");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> kept(settings).contains(
                "coverageColArea=" + String.format(java.util.Locale.ROOT, "%.1f", widened)));
        robot.interact(() -> window.stage().close());
        sample.openAgain(robot, MainWindowTest.SAMPLE);
        sample.awaitEditingSession();
        showTab(robot, "coverageTab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(column(problems(robot), "coverageColArea").getWidth()).isCloseTo(widened,
                org.assertj.core.data.Offset.offset(0.5));
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> problems(FxRobot robot) {
        return robot.lookup("#coverageProblemList").queryAs(TableView.class);
    }

    private static TableColumn<Object, ?> column(TableView<Object> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static String kept(Path settings) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(settings)) {
            try (Reader in = Files.newBufferedReader(settings)) {
                properties.load(in);
            }
        }
        return properties.getProperty("columns.coverageProblemList", "");
    }

    /** The warning days a planner sets are part of the project: a new window on the same file shows them again. */
    @Test
    void theCaseWarningDaysAreRememberedInTheProject(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        showTab(robot, "casesTab");
        robot.interact(() -> robot.lookup("#caseWarningDays").queryAs(Spinner.class).getValueFactory().setValue(7));
        WaitForAsyncUtils.waitForFxEvents();
        Path file = window.model().project().file();
        robot.interact(() -> window.stage().close());
        sample.openAgain(robot, MainWindowTest.SAMPLE);
        sample.awaitEditingSession();
        showTab(robot, "casesTab");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> Integer.valueOf(7).equals(robot.lookup("#caseWarningDays").queryAs(Spinner.class).getValue()));
        try (ProjectFile stored = ProjectFiles.openReadOnly(file)) {
            assertThat(stored.settings().read("cases.warningDays")).contains("7");
        }
    }
}
