package rectimap.ui.report;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import rectimap.campaign.place.TownshipPlace;
import rectimap.report.ReportFigures;
import rectimap.report.ReportFilter;
import rectimap.report.ReportInput;
import rectimap.report.ReportInputs;
import rectimap.report.ReportTable;
import rectimap.report.ReportTables;
import rectimap.report.StatisticsReport;
import rectimap.report.SummaryText;
import rectimap.ui.Messages;

/**
 * The statistics report: filters (township, phase, date range) on top; the text summary, the bar chart by township
 * and the status chart; the tables in tabs; export buttons. The report is computed on a background task from an
 * immutable {@link ReportInput} snapshot and shown in one hop back. FX thread.
 */
public final class ReportView extends BorderPane {
    private static final String ALL = "";

    private final Messages messages;
    private final Supplier<ReportInput> input;
    private final ReportExports exports;
    private final ComboBox<TownshipPlace> township = new ComboBox<>();
    private final ChoiceBox<String> phase = new ChoiceBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Label state = new Label();
    private final TextArea summary = new TextArea();
    private final ReportCharts charts;
    private final TabPane tables = new TabPane();
    private ReportFigures shown;
    private long generation;

    /** {@code input} is asked on the FX thread for a snapshot of the open project each time the report is computed. */
    public ReportView(Messages messages, Supplier<ReportInput> input, ReportExports exports) {
        this.messages = messages;
        this.input = input;
        this.exports = exports;
        setId("reportView");
        charts = new ReportCharts(messages);
        township.setId("reportTownship");
        township.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TownshipPlace place) {
                return place == null || place.code().isEmpty() ? messages.get("report.allTownships") : place.name();
            }

            @Override
            public TownshipPlace fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        phase.setId("reportPhase");
        phase.getItems().setAll(ALL, "攻坚行动", "冬季行动");
        phase.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? messages.get("report.allPhases") : value;
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        phase.setValue(ALL);
        from.setId("reportFrom");
        from.setPromptText(messages.get("report.from"));
        to.setId("reportTo");
        to.setPromptText(messages.get("report.to"));
        state.setId("reportState");
        FlowPane filters = new FlowPane(8, 6, new Label(messages.get("report.township")), township,
                new Label(messages.get("report.phase")), phase, new Label(messages.get("report.from")), from,
                new Label(messages.get("report.to")), to, button("reportRefresh", "report.refresh", this::compute),
                button("reportExportXlsx", "report.exportXlsx", () -> export(ReportExports.Format.XLSX)),
                button("reportExportCsv", "report.exportCsv", () -> export(ReportExports.Format.CSV)),
                button("reportExportPdf", "report.exportPdf", () -> export(ReportExports.Format.PDF)), state);
        filters.setPadding(new Insets(8));
        summary.setId("reportSummary");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        tables.setId("reportTables");
        SplitPane chartsPane = new SplitPane(charts.byTownship(), charts.byStatus());
        chartsPane.setDividerPositions(0.62);
        SplitPane body = new SplitPane(chartsPane, tables);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.55);
        VBox top = new VBox(filters, new Label("  " + messages.get("report.summary")), summary);
        setTop(top);
        setCenter(body);
        Button close = button("reportClose", "report.close", this::closeWindow);
        close.setCancelButton(true);
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(6, 8, 8, 8));
        setBottom(bottom);
        // Esc closes the report wherever the focus is (the summary's text area keeps other keys).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                closeWindow();
            }
        });
        township.setOnAction(e -> compute());
        phase.setOnAction(e -> compute());
    }

    /** Closes the window showing the report (it opens again from 报表 → 统计报表). */
    private void closeWindow() {
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().hide();
        }
    }

    /** Fills the township chooser from the open project and computes the report for the whole district. */
    public void open() {
        ReportInput snapshot = input.get();
        List<TownshipPlace> choices = new java.util.ArrayList<>();
        choices.add(new TownshipPlace("", "", null));
        choices.addAll(snapshot.places().townships());
        township.getItems().setAll(choices);
        township.getSelectionModel().select(0);
        compute();
    }

    /** The figures on screen (null before the first computation ends). */
    public ReportFigures shown() {
        return shown;
    }

    private void compute() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && start.isAfter(end)) {
            state.setText(messages.get("report.badRange"));
            return;
        }
        TownshipPlace chosen = township.getValue();
        ReportFilter filter = ReportFilter.of(chosen == null ? null : chosen.code(), phase.getValue(), start, end,
                LocalDate.now());
        ReportInput snapshot = input.get();
        long mine = ++generation;
        state.setText(messages.get("report.computing"));
        Task<ReportFigures> task = new Task<>() {
            @Override
            protected ReportFigures call() {
                // Coverage is the slow part (polygon overlay of the district): here, off the FX thread.
                return StatisticsReport.compute(ReportInputs.withCoverage(snapshot, filter.asOf()), filter);
            }
        };
        task.setOnSucceeded(e -> {
            if (mine == generation) {
                showFigures(task.getValue());
            }
        });
        task.setOnFailed(e -> state.setText(String.valueOf(task.getException())));
        Thread thread = new Thread(task, "report");
        thread.setDaemon(true);
        thread.start();
    }

    /** The single hop back to the FX thread with a computed report. */
    private void showFigures(ReportFigures figures) {
        shown = figures;
        state.setText("");
        summary.setText(SummaryText.chinese(figures));
        charts.show(figures);
        int selected = Math.max(0, tables.getSelectionModel().getSelectedIndex());
        tables.getTabs().clear();
        List<ReportTable> all = ReportTables.of(figures);
        for (int i = 0; i < all.size(); i++) {
            Tab tab = new Tab(all.get(i).title(), new ReportTableView(all.get(i), "reportTable" + i));
            tab.setClosable(false);
            tables.getTabs().add(tab);
        }
        tables.getSelectionModel().select(Math.min(selected, all.size() - 1));
    }

    private void export(ReportExports.Format format) {
        if (shown != null) {
            exports.export(format, shown, getScene().getWindow(), state::setText);
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
