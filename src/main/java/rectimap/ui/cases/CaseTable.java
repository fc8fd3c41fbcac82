package rectimap.ui.cases;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import rectimap.campaign.cases.CaseSource;
import rectimap.campaign.cases.CaseStatus;
import rectimap.campaign.cases.SupervisionCase;
import rectimap.campaign.cases.TrafficLight;
import rectimap.ui.Messages;

/**
 * The 督办件 as a table ({@code #caseRows}): traffic light, 地点, 乡镇, 责任单位, 期限, 状态, 来源 and 问题, each
 * column sortable (期限 by date, empty last) and resizable. FX thread.
 */
final class CaseTable extends TableView<SupervisionCase> {
    private final Messages messages;
    private final IntSupplier warningDays;
    private LocalDate today = LocalDate.now();
    private Map<Long, String> locations = Map.of();

    CaseTable(Messages messages, IntSupplier warningDays) {
        this.messages = messages;
        this.warningDays = warningDays;
        setId("caseRows");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<SupervisionCase, TrafficLight> light = new TableColumn<>(messages.get("cases.col.light"));
        light.setId("caseColLight");
        light.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().light(today,
                warningDays.getAsInt())));
        light.setComparator(Comparator.comparing(TrafficLight::ordinal));
        light.setCellFactory(c -> new LightCell());
        light.setPrefWidth(64);
        TableColumn<SupervisionCase, LocalDate> deadline = new TableColumn<>(messages.get("cases.col.deadline"));
        deadline.setId("caseColDeadline");
        deadline.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().deadline()));
        deadline.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        deadline.setPrefWidth(90);
        getColumns().addAll(List.of(light, text("caseColLocation", "cases.col.location", 110,
                        c -> locations.getOrDefault(c.id(), "")),
                text("caseColTownship", "cases.col.township", 70, SupervisionCase::township),
                text("caseColUnit", "cases.col.unit", 110, SupervisionCase::unit), deadline,
                text("caseColStatus", "cases.col.status", 64, c -> c.status().map(this::label).orElse("?")),
                text("caseColSource", "cases.col.source", 90, c -> c.source().map(this::label).orElse("?")),
                text("caseColDescription", "cases.col.description", 200, SupervisionCase::description)));
    }

    /** Shows {@code shown} as seen on {@code day}; {@code byId} gives each case's 位置描述. */
    void show(List<SupervisionCase> shown, LocalDate day, Map<Long, String> byId) {
        this.today = day;
        this.locations = Map.copyOf(byId);
        getItems().setAll(shown);
        sort();
        refresh();
    }

    private TableColumn<SupervisionCase, String> text(String id, String titleKey, double width,
            Function<SupervisionCase, String> value) {
        TableColumn<SupervisionCase, String> column = new TableColumn<>(messages.get(titleKey));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private String label(CaseStatus s) {
        return messages.label(s);
    }

    private String label(CaseSource s) {
        return messages.label(s);
    }

    private final class LightCell extends TableCell<SupervisionCase, TrafficLight> {
        @Override
        protected void updateItem(TrafficLight item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || item == null ? null : new Circle(6, Color.web(item.hex())));
            setText(empty || item == null ? null : messages.label(item));
        }
    }
}
