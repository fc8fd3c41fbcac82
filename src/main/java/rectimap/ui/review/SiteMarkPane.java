package rectimap.ui.review;

import java.time.Instant;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import rectimap.campaign.review.SiteKind;
import rectimap.campaign.review.SiteMark;
import rectimap.ui.Messages;

/**
 * 选定示范点: the planner picks a village and a kind (示范村, 文化体验村, 美丽乡村示范村) and marks or unmarks it; the
 * choice is recorded in the project and the review list follows. Towns are fixed by the division layer. FX thread.
 */
final class SiteMarkPane extends TitledPane {
    private final ReviewPanelModel model;
    private final ComboBox<ReviewPanelModel.VillageChoice> village = new ComboBox<>();
    private final ChoiceBox<SiteKind> kind = new ChoiceBox<>();
    private final Button mark;
    private final Button unmark;

    SiteMarkPane(ReviewPanelModel model, Messages messages, Runnable afterMark) {
        this.model = model;
        setId("reviewMarkPane");
        setText(messages.get("review.markTitle"));
        setExpanded(false);
        kind.setId("reviewMarkKind");
        kind.getItems().setAll(Arrays.stream(SiteKind.values()).filter(k -> !k.isTown()).toList());
        kind.setConverter(ReviewPanelView.labels(k -> messages.get("review.kind." + k.name())));
        kind.setValue(SiteKind.DEMO_VILLAGE);
        village.setId("reviewMarkVillage");
        village.setEditable(false);
        village.setPromptText(messages.get("review.markVillage"));
        village.setMaxWidth(Double.MAX_VALUE);
        mark = ReviewPanelView.button("reviewMark", messages.get("review.mark"),
                () -> apply(SiteMark.MarkAction.MARK, afterMark));
        unmark = ReviewPanelView.button("reviewUnmark", messages.get("review.unmark"),
                () -> apply(SiteMark.MarkAction.UNMARK, afterMark));
        setContent(new VBox(4, new HBox(6, kind, village), new HBox(6, mark, unmark)));
    }

    /** Fills the village chooser from the open project. */
    void reload() {
        village.getItems().setAll(model.villageChoices());
        mark.setDisable(!model.writable());
        unmark.setDisable(!model.writable());
    }

    private void apply(SiteMark.MarkAction action, Runnable afterMark) {
        ReviewPanelModel.VillageChoice chosen = village.getValue();
        if (chosen == null || kind.getValue() == null) {
            return;
        }
        model.mark(kind.getValue(), chosen.code(), action, System.getProperty("user.name", ""), Instant.now())
                .exceptionally(failure -> {
                    Platform.runLater(() -> setText(failure.getMessage()));
                    return null;
                });
        afterMark.run();
    }
}
