package rectimap.ui.review;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import rectimap.campaign.review.PlanItem;
import rectimap.ui.Messages;

/** A site's plan items: 三面 group, kind, status and the quantities (处, 吨, m², km). FX thread. */
final class PlanItemTable extends TableView<PlanItem> {

    PlanItemTable(Messages messages) {
        setId("reviewPlanItems");
        setPrefHeight(170);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label(messages.get("review.noPlanItems")));
        getColumns().add(column(messages.get("review.col.surface"), i -> i.surface().label()));
        getColumns().add(column(messages.get("review.col.kind"), PlanItem::kind));
        getColumns().add(column(messages.get("review.col.status"), PlanItem::status));
        getColumns().add(column(messages.get("review.col.quantity"), PlanItemTable::quantities));
        getColumns().get(0).setMaxWidth(48);
        getColumns().get(2).setMaxWidth(56);
    }

    /** "48处 3600m²": only the quantities the item has, tight, so the narrow side panel shows them whole. */
    static String quantities(PlanItem item) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (item.places() != null) {
            parts.add(number(item.places()) + "处");
        }
        if (item.tonnes() != null) {
            parts.add(number(item.tonnes()) + "吨");
        }
        if (item.areaM2() != null) {
            parts.add(number(item.areaM2()) + "m²");
        }
        if (item.km() != null) {
            parts.add(number(item.km()) + "km");
        }
        return String.join(" ", parts);
    }

    void show(List<PlanItem> items) {
        getItems().setAll(items);
    }

    static String number(Number value) {
        if (value == null) {
            return "";
        }
        double d = value.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(Math.round(d * 100) / 100.0);
    }

    private static TableColumn<PlanItem, String> column(String title, Function<PlanItem, String> text) {
        TableColumn<PlanItem, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}
