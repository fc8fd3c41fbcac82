package rectimap.ui.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.cases.CaseFilter;
import rectimap.campaign.cases.CaseSource;
import rectimap.campaign.cases.CaseStatus;
import rectimap.campaign.cases.SupervisionCase;
import rectimap.campaign.cases.TrafficLight;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.ui.Messages;

/**
 * The case list (督办件): filters by status, source and "overdue only", one row per case with its traffic light as
 * seen today, the warning days (default 3) and zoom-to. FX thread.
 */
public final class CaseListView extends VBox {
    private final Messages messages;
    private final ComboBox<Optional<CaseStatus>> status = new ComboBox<>();
    private final ComboBox<Optional<CaseSource>> source = new ComboBox<>();
    private final CheckBox overdueOnly = new CheckBox();
    /** The most warning days the spinner offers. */
    private static final int MAX_WARNING_DAYS = 60;
    private final Spinner<Integer> warningDays = new Spinner<>(0, MAX_WARNING_DAYS, TrafficLight.DEFAULT_WARNING_DAYS);
    private final CaseTable rows;
    private final Label count = new Label();
    private final Button zoom = new Button();
    private List<Feature> cases = List.of();
    private LocalDate today = LocalDate.now();

    /** {@code zoomTo} gets the case's ref and point; {@code onWarningDays} hears the chosen warning days. */
    public CaseListView(Messages messages, BiConsumer<FeatureRef, Geometry> zoomTo, IntConsumer onWarningDays) {
        this.messages = messages;
        setId("caseList");
        setSpacing(6);
        setPadding(new Insets(6));
        List<Optional<CaseStatus>> statuses = new ArrayList<>(List.of(Optional.empty()));
        for (CaseStatus s : CaseStatus.values()) {
            statuses.add(Optional.of(s));
        }
        status.setId("caseStatusFilter");
        status.setItems(FXCollections.observableArrayList(statuses));
        status.setCellFactory(l -> cell(s -> s.map(this::label).orElse(messages.get("cases.allStatuses"))));
        status.setButtonCell(cell(s -> s.map(this::label).orElse(messages.get("cases.allStatuses"))));
        status.getSelectionModel().selectFirst();
        List<Optional<CaseSource>> sources = new ArrayList<>(List.of(Optional.empty()));
        for (CaseSource s : CaseSource.values()) {
            sources.add(Optional.of(s));
        }
        source.setId("caseSourceFilter");
        source.setItems(FXCollections.observableArrayList(sources));
        source.setCellFactory(l -> cell(s -> s.map(this::label).orElse(messages.get("cases.allSources"))));
        source.setButtonCell(cell(s -> s.map(this::label).orElse(messages.get("cases.allSources"))));
        source.getSelectionModel().selectFirst();
        overdueOnly.setId("caseOverdueOnly");
        overdueOnly.setText(messages.get("cases.overdueOnly"));
        warningDays.setId("caseWarningDays");
        warningDays.setEditable(true);
        warningDays.setPrefWidth(70);
        Label warningLabel = new Label(messages.get("cases.warningDays"));
        status.valueProperty().addListener((o, a, b) -> refresh());
        source.valueProperty().addListener((o, a, b) -> refresh());
        overdueOnly.selectedProperty().addListener((o, a, b) -> refresh());
        warningDays.valueProperty().addListener((o, a, b) -> {
            refresh();
            onWarningDays.accept(b);
        });
        rows = new CaseTable(messages, this::warningDays);
        rows.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                zoomToSelected(zoomTo);
            }
        });
        VBox.setVgrow(rows, Priority.ALWAYS);
        count.setId("caseCount");
        zoom.setId("caseZoom");
        zoom.setText(messages.get("cases.zoom"));
        zoom.setOnAction(e -> zoomToSelected(zoomTo));
        getChildren().addAll(new FlowPane(6, 6, status, source, overdueOnly),
                new FlowPane(6, 6, warningLabel, warningDays), rows, new FlowPane(6, 6, count, zoom));
    }

    /** Restores the case table's column widths kept in {@code widths} and keeps them from now on. */
    public void rememberColumns(rectimap.ui.ColumnWidths widths) {
        widths.keep(rows);
    }

    /** Shows {@code features} of the case layer as seen on {@code day}. */
    public void show(List<Feature> features, LocalDate day) {
        this.cases = List.copyOf(features);
        this.today = day;
        refresh();
    }

    /** The warning days chosen in the panel. */
    public int warningDays() {
        return warningDays.getValue();
    }

    /** Shows {@code days} (e.g. what the project remembered) as the warning days, clamped to the spinner's range. */
    public void setWarningDays(int days) {
        warningDays.getValueFactory().setValue(shownWarningDays(days));
    }

    /** {@code days} as the panel shows them: within the spinner's range (0 to 60). */
    public static int shownWarningDays(int days) {
        return Math.max(0, Math.min(MAX_WARNING_DAYS, days));
    }

    private void refresh() {
        CaseFilter filter = new CaseFilter(status.getValue() == null ? Optional.empty() : status.getValue(),
                source.getValue() == null ? Optional.empty() : source.getValue(),
                overdueOnly.isSelected() ? CaseFilter.Overdue.ONLY_OVERDUE : CaseFilter.Overdue.ANY, today);
        List<SupervisionCase> shown = filter.apply(cases);
        java.util.Map<Long, String> locations = new java.util.HashMap<>();
        cases.forEach(f -> locations.put(f.id(), f.text("location")));
        rows.show(shown, today, locations);
        count.setText(messages.format("cases.count", shown.size(), cases.size(),
                CaseFilter.overdueCount(cases, today)));
    }

    private void zoomToSelected(BiConsumer<FeatureRef, Geometry> zoomTo) {
        SupervisionCase chosen = rows.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            zoomTo.accept(new FeatureRef(SupervisionCase.TABLE, chosen.id()), chosen.lonLat());
        }
    }

    private String label(CaseStatus s) {
        return messages.label(s);
    }

    private String label(CaseSource s) {
        return messages.label(s);
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
