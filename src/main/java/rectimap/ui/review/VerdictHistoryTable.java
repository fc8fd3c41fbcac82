package rectimap.ui.review;

import java.util.List;
import javafx.scene.control.TableView;
import rectimap.campaign.review.VerdictRecord;
import rectimap.ui.Messages;
import rectimap.ui.TextColumn;

/** A site's verdict history, newest first: local time, reviewer, verdict, comment. FX thread. */
final class VerdictHistoryTable extends TableView<VerdictRecord> {

    VerdictHistoryTable(Messages messages) {
        setId("reviewHistory");
        setPrefHeight(140);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label(messages.get("review.noHistory")));
        getColumns().add(TextColumn.of(messages.get("review.col.time"),
                r -> ReviewPanelView.localTime(r.recordedAt())));
        getColumns().add(TextColumn.of(messages.get("review.col.reviewer"), VerdictRecord::reviewer));
        getColumns().add(TextColumn.of(messages.get("review.col.verdict"),
                r -> messages.get("review.verdict." + r.verdict().name())));
        getColumns().add(TextColumn.of(messages.get("review.col.comment"), VerdictRecord::comment));
        // Sortable by any column (click the header); newest first until then.
        getColumns().forEach(c -> c.setSortable(true));
    }

    void show(List<VerdictRecord> oldestFirst) {
        java.util.List<VerdictRecord> newestFirst = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newestFirst);
        getItems().setAll(newestFirst);
    }
}
