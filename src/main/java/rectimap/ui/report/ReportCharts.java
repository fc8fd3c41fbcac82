package rectimap.ui.report;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import rectimap.report.CaseTotal;
import rectimap.report.DemolitionTotal;
import rectimap.report.ReportFigures;
import rectimap.report.TownshipRow;
import rectimap.ui.Messages;

/**
 * The report's two charts: cleanup places, demolitions and cases per township (bars by township), and demolitions and
 * cases by status. JavaFX charts; FX thread.
 */
final class ReportCharts {
    private final BarChart<String, Number> byTownship;
    private final BarChart<String, Number> byStatus;
    private final Messages messages;

    ReportCharts(Messages messages) {
        this.messages = messages;
        byTownship = chart("reportTownshipChart", messages.get("report.byTownship"));
        byStatus = chart("reportStatusChart", messages.get("report.byStatus"));
    }

    BarChart<String, Number> byTownship() {
        return byTownship;
    }

    BarChart<String, Number> byStatus() {
        return byStatus;
    }

    void show(ReportFigures figures) {
        XYChart.Series<String, Number> cleanup = series(messages.get("report.chart.cleanup"));
        XYChart.Series<String, Number> demolitions = series(messages.get("report.chart.demolitions"));
        XYChart.Series<String, Number> cases = series(messages.get("report.chart.cases"));
        for (TownshipRow row : figures.townships()) {
            cleanup.getData().add(new XYChart.Data<>(row.name(), row.cleanup().places()));
            demolitions.getData().add(new XYChart.Data<>(row.name(), row.demolitions().sites()));
            cases.getData().add(new XYChart.Data<>(row.name(), row.cases().cases()));
        }
        byTownship.getData().setAll(java.util.List.of(cleanup, demolitions, cases));
        XYChart.Series<String, Number> demolitionStatus = series(messages.get("report.chart.demolitions"));
        XYChart.Series<String, Number> caseStatus = series(messages.get("report.chart.cases"));
        for (DemolitionTotal total : figures.demolitions()) {
            demolitionStatus.getData().add(new XYChart.Data<>("拆违·" + total.status(), total.sites()));
        }
        for (CaseTotal total : figures.cases()) {
            caseStatus.getData().add(new XYChart.Data<>("督办·" + total.status(), total.cases()));
        }
        byStatus.getData().setAll(java.util.List.of(demolitionStatus, caseStatus));
    }

    private static BarChart<String, Number> chart(String id, String title) {
        CategoryAxis categories = new CategoryAxis();
        NumberAxis values = new NumberAxis();
        values.setMinorTickVisible(false);
        // Counts of places, sites and cases are whole numbers: fractional ticks (0.25 处) would read as nonsense.
        values.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                double d = value.doubleValue();
                return d == Math.rint(d) ? String.valueOf((long) d) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        BarChart<String, Number> chart = new BarChart<>(categories, values);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(6);
        return chart;
    }

    private static XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }
}
