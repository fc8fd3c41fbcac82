package rectimap.ui.review;

import java.util.List;
import javafx.scene.control.TableView;
import rectimap.campaign.review.PlanItem;
import rectimap.campaign.review.ReviewSheetData;
import rectimap.ui.Messages;
import rectimap.ui.TextColumn;

/** A site's plan items: 三面 group, kind, status and the quantities (处, 吨, m², km). FX thread. */
final class PlanItemTable extends TableView<PlanItem> {

    PlanItemTable(Messages messages) {
        setId("reviewPlanItems");
        setPrefHeight(170);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label(messages.get("review.noPlanItems")));
        getColumns().add(TextColumn.of(messages.get("review.col.surface"), i -> i.surface().label()));
        getColumns().add(TextColumn.of(messages.get("review.col.kind"), PlanItem::kind));
        getColumns().add(TextColumn.of(messages.get("review.col.status"), PlanItem::status));
        getColumns().add(TextColumn.of(messages.get("review.col.quantity"), ReviewSheetData::quantities));
        // Sortable by any column (click the header); the model's order until then.
        getColumns().forEach(c -> c.setSortable(true));
        getColumns().get(0).setMaxWidth(48);
        getColumns().get(2).setMaxWidth(56);
    }

    void show(List<PlanItem> items) {
        getItems().setAll(items);
    }
}
