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
 * The report's two charts: cleanup places, demolitions and cases of the {@link #TOP_TOWNSHIPS} busiest townships
 * (the tables list all), and demolitions and cases by status,
 * as horizontal bars so that every township's name reads level (a column chart turns 22 Chinese names 90°). JavaFX
 * charts; FX thread.
 */
final class ReportCharts {
    /** The townships with the most work shown by name (all 22 would leave each bar a hairline, half unnamed). */
    static final int TOP_TOWNSHIPS = 10;
    private final BarChart<Number, String> byTownship;
    private final BarChart<Number, String> byStatus;
    private final Messages messages;

    ReportCharts(Messages messages) {
        this.messages = messages;
        byTownship = chart("reportTownshipChart", messages.get("report.byTownship"));
        byStatus = chart("reportStatusChart", messages.get("report.byStatus"));
    }

    BarChart<Number, String> byTownship() {
        return byTownship;
    }

    BarChart<Number, String> byStatus() {
        return byStatus;
    }

    void show(ReportFigures figures) {
        XYChart.Series<Number, String> cleanup = series(messages.get("report.chart.cleanup"));
        XYChart.Series<Number, String> demolitions = series(messages.get("report.chart.demolitions"));
        XYChart.Series<Number, String> cases = series(messages.get("report.chart.cases"));
        // A vertical category axis lists its first category at the bottom: add in reverse to read top down.
        java.util.List<TownshipRow> rows = new java.util.ArrayList<>(figures.townships().stream()
                .sorted(java.util.Comparator.comparingDouble(ReportCharts::work).reversed()).limit(TOP_TOWNSHIPS)
                .toList());
        java.util.Collections.reverse(rows);
        for (TownshipRow row : rows) {
            cleanup.getData().add(new XYChart.Data<>(row.cleanup().places(), row.name()));
            demolitions.getData().add(new XYChart.Data<>(row.demolitions().sites(), row.name()));
            cases.getData().add(new XYChart.Data<>(row.cases().cases(), row.name()));
        }
        byTownship.getData().setAll(java.util.List.of(cleanup, demolitions, cases));
        XYChart.Series<Number, String> demolitionStatus = series(messages.get("report.chart.demolitions"));
        XYChart.Series<Number, String> caseStatus = series(messages.get("report.chart.cases"));
        for (DemolitionTotal total : figures.demolitions()) {
            demolitionStatus.getData().add(new XYChart.Data<>(total.sites(), "拆违·" + total.status()));
        }
        for (CaseTotal total : figures.cases()) {
            caseStatus.getData().add(new XYChart.Data<>(total.cases(), "督办·" + total.status()));
        }
        byStatus.getData().setAll(java.util.List.of(demolitionStatus, caseStatus));
    }

    /** A township's places, sites and cases together: what the chart ranks by. */
    private static double work(TownshipRow row) {
        return row.cleanup().places() + row.demolitions().sites() + row.cases().cases();
    }

    private static BarChart<Number, String> chart(String id, String title) {
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
        // Horizontal bars: the Chinese names stand upright on the category axis instead of turned 90°.
        categories.setTickLabelRotation(0);
        categories.setTickLabelGap(4);
        BarChart<Number, String> chart = new BarChart<>(values, categories);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(6);
        return chart;
    }

    private static XYChart.Series<Number, String> series(String name) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }
}
