package rectimap.ui.coverage;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.coverage.CoverageFixes;
import rectimap.campaign.coverage.CoverageProblem;
import rectimap.campaign.coverage.CoverageReport;
import rectimap.campaign.coverage.FixRefused;
import rectimap.campaign.coverage.ProblemKind;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureRef;
import rectimap.model.Project;
import rectimap.ui.Messages;

/**
 * The problems panel (不留空白、消除死角): a summary, a group chooser, the rows of the group as a sortable table
 * ({@link ProblemTable}), zoom-to (the map shows the
 * piece and highlights the zones concerned) and the one-click fixes — fill a gap, or cut an overlap from either zone —
 * each handed to {@code execute} as one named step. Shows the newest report it is given; FX thread.
 */
public final class ProblemsPanelView extends VBox {
    private final Messages messages;
    private final Supplier<Project> project;
    private final Consumer<ChangeSet> execute;
    private final BiConsumer<Set<FeatureRef>, Geometry> zoomTo;
    private final Consumer<String> say;
    private final Label summary = new Label();
    private final ComboBox<ProblemCategory> category = new ComboBox<>();
    private final ProblemTable rows;
    private final Button zoom = new Button();
    private final Button fill = new Button();
    private final Button cutFirst = new Button();
    private final Button cutSecond = new Button();
    private final Label fillPreview = new Label();
    private CoverageReport report;

    public ProblemsPanelView(Messages messages, Supplier<Project> project, Consumer<ChangeSet> execute,
            BiConsumer<Set<FeatureRef>, Geometry> zoomTo, Consumer<String> say) {
        this.messages = messages;
        this.project = project;
        this.execute = execute;
        this.zoomTo = zoomTo;
        this.say = say;
        setId("coverageProblems");
        setSpacing(6);
        setPadding(new Insets(6));
        summary.setId("coverageSummary");
        summary.setWrapText(true);
        summary.setText(messages.get("coverage.checking"));
        category.setId("coverageCategory");
        category.setItems(FXCollections.observableArrayList(ProblemCategory.values()));
        category.setButtonCell(categoryCell());
        category.setCellFactory(l -> categoryCell());
        category.getSelectionModel().select(ProblemCategory.GAPS_AND_OVERLAPS);
        category.valueProperty().addListener((o, a, b) -> showRows());
        rows = new ProblemTable(messages);
        rows.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showActions(b));
        rows.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                zoomToSelected();
            }
        });
        VBox.setVgrow(rows, Priority.ALWAYS);
        zoom.setId("coverageZoom");
        zoom.setText(messages.get("coverage.zoom"));
        zoom.setOnAction(e -> zoomToSelected());
        fill.setId("coverageFill");
        fill.setOnAction(e -> fix(FixChoice.FILL));
        cutFirst.setId("coverageCutFirst");
        cutFirst.setOnAction(e -> fix(FixChoice.CUT_FIRST));
        cutSecond.setId("coverageCutSecond");
        cutSecond.setOnAction(e -> fix(FixChoice.CUT_SECOND));
        FlowPane actions = new FlowPane(6, 6, zoom, fill, cutFirst, cutSecond);
        fillPreview.setId("coverageFillPreview");
        fillPreview.setWrapText(true);
        getChildren().addAll(summary, category, rows, actions, fillPreview);
        showActions(null);
    }

    /** Shows {@code newest}, keeping the chosen group. */
    public void show(CoverageReport newest) {
        this.report = newest;
        summary.setText(CoverageSummary.text(messages, newest));
        showRows();
    }

    /** The status-bar text: "未覆盖 1,234.5 亩 · 重叠 2 处" (gaps of partly covered townships only). */
    public static String indicator(Messages messages, CoverageReport report) {
        return messages.format("coverage.indicator", rectimap.geo.AreaText.mu(report.uncoveredM2(),
                messages.language().locale()), report.overlapCount());
    }

    private enum FixChoice { FILL, CUT_FIRST, CUT_SECOND }

    private void showRows() {
        if (report == null) {
            return;
        }
        ProblemCategory chosen = category.getValue() == null ? ProblemCategory.GAPS_AND_OVERLAPS : category.getValue();
        rows.getItems().setAll(chosen.rows(report, this::zoneName));
        rows.sort();
        showActions(null);
    }

    private void showActions(ProblemRow row) {
        zoom.setDisable(row == null || row.place().isEmpty());
        CoverageProblem problem = row instanceof ProblemRow.Piece piece ? piece.problem() : null;
        boolean gap = problem != null && (problem.kind() == ProblemKind.GAP || problem.kind() == ProblemKind.SLIVER_GAP);
        boolean overlap = problem != null && !gap;
        fill.setText(gap && !problem.zoneIds().isEmpty()
                ? messages.format("coverage.fill.to", zoneName(problem.zoneIds().get(0)))
                : messages.get("coverage.fill"));
        fill.setDisable(!gap || problem.zoneIds().isEmpty());
        fillPreview.setText(gap && !problem.zoneIds().isEmpty() ? fillPreview(problem) : "");
        cutFirst.setText(overlap ? messages.format("coverage.cut.from", zoneName(problem.zoneIds().get(0)))
                : messages.get("coverage.cut"));
        cutSecond.setText(overlap ? messages.format("coverage.cut.from", zoneName(problem.zoneIds().get(1)))
                : messages.get("coverage.cut"));
        cutFirst.setDisable(!overlap);
        cutSecond.setDisable(!overlap);
    }

    private void zoomToSelected() {
        ProblemRow row = rows.getSelectionModel().getSelectedItem();
        if (row == null || row.place().isEmpty()) {
            return;
        }
        Set<FeatureRef> zones = row instanceof ProblemRow.Piece piece ? piece.problem().zoneIds().stream()
                .map(id -> new FeatureRef(ResponsibilityAreaSchema.TABLE, id)).collect(Collectors.toSet()) : Set.of();
        zoomTo.accept(zones, row.place().get());
    }

    private void fix(FixChoice choice) {
        if (!(rows.getSelectionModel().getSelectedItem() instanceof ProblemRow.Piece piece)) {
            return;
        }
        try {
            CoverageProblem problem = piece.problem();
            if (choice == FixChoice.FILL && !FillConfirmation.confirmed(messages,
                    CoverageFixes.previewFill(project.get(), problem), getScene() == null ? null
                            : getScene().getWindow())) {
                return;
            }
            ChangeSet step = switch (choice) {
                case FILL -> CoverageFixes.fillGap(project.get(), problem);
                case CUT_FIRST -> CoverageFixes.cutOverlap(project.get(), problem, problem.zoneIds().get(0));
                case CUT_SECOND -> CoverageFixes.cutOverlap(project.get(), problem, problem.zoneIds().get(1));
            };
            execute.accept(step);
            say.accept(messages.format("coverage.fixed", step.name()));
        } catch (FixRefused refused) {
            say.accept(messages.label(refused));
        }
    }

    private String fillPreview(CoverageProblem gap) {
        try {
            return FillConfirmation.preview(messages, CoverageFixes.previewFill(project.get(), gap));
        } catch (FixRefused refused) {
            return messages.label(refused);
        }
    }

    /** A responsibility area as the user knows it: its person (or unit) and, when set, its village. */
    private String zoneName(long id) {
        return project.get().layer(ResponsibilityAreaSchema.TABLE).flatMap(l -> l.layer().feature(id))
                .map(zone -> zone.text("village").isBlank() ? CoverageFixes.nameOf(zone)
                        : messages.format("coverage.zone", CoverageFixes.nameOf(zone), zone.text("village")))
                .orElse(String.valueOf(id));
    }

    private ListCell<ProblemCategory> categoryCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ProblemCategory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get(item.messageKey()));
            }
        };
    }

    /** Restores the problems table's column widths kept in {@code widths} and keeps them from now on. */
    public void rememberColumns(rectimap.ui.ColumnWidths widths) {
        widths.keep(rows);
    }

    /** The rows shown now (tests). */
    List<ProblemRow> shownRows() {
        return List.copyOf(rows.getItems());
    }
}
