package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.report.ChineseQuantity;
import rectimap.report.CleanupTotal;
import rectimap.report.ReportFigures;
import rectimap.report.SummaryText;
import rectimap.ui.MainWindow;
import rectimap.ui.report.ReportView;

/** 报表 → 统计报表 on the sample: the summary, the township chart and the tables show the computed figures. */
class ReportWindowTest {
    @RegisterExtension
    /** The working copy of the sample carries the sample's planning features, so the report has figures. */
    static final SampleWindow sample = new SampleWindow();

    @Test
    void theReportOpensFromTheMenuWithTheSummaryChartsAndTables(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        robot.clickOn("#menuReport").clickOn("#menuReportOpen");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#reportSummary").queryAs(TextArea.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        String summary = robot.lookup("#reportSummary").queryAs(TextArea.class).getText();
        ReportFigures shown = robot.lookup("#reportView").queryAs(ReportView.class).shown();
        assertThat(summary).isEqualTo(SummaryText.chinese(shown));
        CleanupTotal garbage = shown.completed("垃圾清理");
        assertThat(garbage.features()).isPositive();
        assertThat(summary).contains("全区城乡共累计清理垃圾 " + garbage.places() + " 处 "
                + ChineseQuantity.format(garbage.tonnes()) + " 吨", "确定示范镇 3 个、文化体验村 4 个");
        BarChart<?, ?> byTownship = robot.lookup("#reportTownshipChart").queryAs(BarChart.class);
        assertThat(byTownship.getData()).hasSize(3);
        assertThat(byTownship.getData().get(0).getData()).hasSize(10);
        // Horizontal bars: township names on the vertical axis, standing level.
        assertThat(byTownship.getYAxis()).isInstanceOf(CategoryAxis.class);
        assertThat(byTownship.getYAxis().getTickLabelRotation()).isZero();
        TableView<?> byKind = robot.lookup("#reportTable0").queryTableView();
        assertThat(byKind.getItems()).isNotEmpty();
        Window report = robot.lookup("#reportView").query().getScene().getWindow();
        Screenshots.save(robot, (Stage) report, "report-window");
        robot.interact(() -> ((Stage) report).close());
    }

    private static Window openReport(FxRobot robot) throws Exception {
        sample.awaitEditingSession();
        robot.clickOn("#menuReport").clickOn("#menuReportOpen");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#reportSummary").queryAs(TextArea.class).getText().isEmpty());
        Window report = robot.lookup("#reportView").query().getScene().getWindow();
        assertThat(report.isShowing()).isTrue();
        return report;
    }

    @Test
    void escClosesTheReport(FxRobot robot) throws Exception {
        Window report = openReport(robot);
        robot.clickOn("#reportSummary");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(report.isShowing()).isFalse();
    }

    @Test
    void theCloseButtonClosesTheReport(FxRobot robot) throws Exception {
        Window report = openReport(robot);
        assertThat(robot.lookup("#reportClose").queryButton().getText()).isEqualTo("关闭");
        robot.clickOn("#reportClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(report.isShowing()).isFalse();
    }
}
