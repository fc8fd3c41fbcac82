package rectimap.ui.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import rectimap.campaign.review.DemonstrationSite;
import rectimap.campaign.review.PlanItem;
import rectimap.campaign.review.ReviewArchive;
import rectimap.campaign.review.SiteKind;
import rectimap.campaign.review.Verdict;
import rectimap.model.ProjectSettings;
import rectimap.ui.Messages;

/**
 * The 示范审查 panel: previous/next through the demonstration sites (the map follows), the site's plan items, the
 * verdict form and the verdict history, a review-sheet button, and a chooser to mark a village as a 示范村 (or
 * another kind). Built in code; every control has a stable id. FX thread.
 */
public final class ReviewPanelView extends VBox {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReviewPanelModel model;
    private final Messages messages;
    private final BiConsumer<DemonstrationSite, List<PlanItem>> onSiteShown;
    private final Consumer<String> status;
    private final Label counts = label("reviewCounts");
    private final Label position = label("reviewPosition");
    private final ComboBox<DemonstrationSite> siteChoice = new ComboBox<>();
    private final Label siteName = label("reviewSiteName");
    private final Label siteInfo = label("reviewSiteInfo");
    private final Label verdictNow = label("reviewCurrentVerdict");
    private final PlanItemTable planItems;
    private final VerdictHistoryTable history;
    private final ChoiceBox<Verdict> verdict = new ChoiceBox<>();
    private final Label reviewer = label("reviewReviewer");
    private final Label verdictHint = label("reviewVerdictHint");
    private final ProjectSettings userSettings;
    private final TextArea comment = new TextArea();
    private final Button record;
    private final Button printSheet;
    private final SiteMarkPane marks;
    private boolean updating;

    public ReviewPanelView(ReviewPanelModel model, Messages messages,
            BiConsumer<DemonstrationSite, List<PlanItem>> onSiteShown, Consumer<DemonstrationSite> onPrintSheet,
            Consumer<String> status, ProjectSettings userSettings) {
        this.model = model;
        this.userSettings = userSettings;
        this.messages = messages;
        this.onSiteShown = onSiteShown;
        this.status = status;
        setId("reviewPanel");
        setSpacing(6);
        setPadding(new Insets(6));
        Button previous = button("reviewPrevious", messages.get("review.previous"), () -> move(model::previous));
        Button next = button("reviewNext", messages.get("review.next"), () -> move(model::next));
        HBox walk = new HBox(6, previous, position, next);
        siteChoice.setId("reviewSiteChoice");
        siteChoice.setMaxWidth(Double.MAX_VALUE);
        siteChoice.setConverter(siteNames());
        siteChoice.setOnAction(e -> {
            if (!updating && siteChoice.getValue() != null) {
                model.select(siteChoice.getItems().indexOf(siteChoice.getValue()));
                refresh(true);
            }
        });
        siteName.getStyleClass().add("review-site-name");
        siteName.getStyleClass().add("heading");
        siteName.setStyle("-fx-font-size: 1.3em;");
        planItems = new PlanItemTable(messages);
        history = new VerdictHistoryTable(messages);
        rectimap.ui.ColumnWidths widths = new rectimap.ui.ColumnWidths(userSettings);
        widths.keep(planItems);
        widths.keep(history);
        verdict.setId("reviewVerdict");
        verdict.getItems().setAll(Verdict.values());
        verdict.setConverter(labels(v -> messages.get("review.verdict." + v.name())));
        // 待审 until the reviewer chooses: a verdict is never recorded by default.
        verdict.setValue(Verdict.PENDING);
        verdict.valueProperty().addListener((obs, was, now) -> refreshRecordable());
        verdictHint.getStyleClass().add("field-error");
        Button profile = button("reviewProfile", messages.get("review.profileChange"), this::askProfile);
        showProfile();
        comment.setId("reviewComment");
        comment.setPromptText(messages.get("review.comment"));
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        record = button("reviewRecord", messages.get("review.record"), this::recordVerdict);
        printSheet = button("reviewPrintSheet", messages.get("review.printSheet"),
                () -> model.current().ifPresent(onPrintSheet));
        HBox.setHgrow(reviewer, Priority.ALWAYS);
        VBox form = new VBox(4, new HBox(6, new Label(messages.get("review.verdict")), verdict), verdictHint,
                new HBox(6, new Label(messages.get("review.reviewer")), reviewer, profile), comment,
                new HBox(6, record, printSheet));
        TitledPane verdictPane = new TitledPane(messages.get("review.verdictTitle"), form);
        verdictPane.setId("reviewVerdictPane");
        marks = new SiteMarkPane(model, messages, this::afterMark);
        VBox.setVgrow(planItems, Priority.ALWAYS);
        getChildren().addAll(counts, walk, siteChoice, siteName, siteInfo, verdictNow,
                new Label(messages.get("review.planItems")), planItems, verdictPane,
                new Label(messages.get("review.history")), history, marks);
        refresh(false);
    }

    /** Shows a newly opened project's review list (first site, map not moved). */
    public void open(ReviewArchive reviews) {
        model.open(reviews);
        marks.reload();
        refresh(false);
    }

    /** Zooms the map to the current site and highlights its plan items (nothing when there is no site). */
    public void showCurrentOnMap() {
        model.current().ifPresent(site -> onSiteShown.accept(site, model.planItems()));
    }

    private void move(Runnable step) {
        step.run();
        refresh(true);
    }

    private void recordVerdict() {
        if (model.current().isEmpty() || verdict.getValue() == Verdict.PENDING) {
            return;
        }
        Optional<ReviewerProfile> signer = ReviewerProfile.readFrom(userSettings).or(this::askProfile);
        if (signer.isEmpty()) {
            return;
        }
        String name = model.current().get().name();
        model.record(verdict.getValue(), signer.get().signature(), comment.getText(), Instant.now())
                .whenComplete((ok, failure) -> Platform.runLater(() -> status.accept(failure == null
                        ? messages.format("review.recorded", name) : messages.format("review.recordFailed", name,
                        failure.getMessage()))));
        comment.clear();
        verdict.setValue(Verdict.PENDING);
        refresh(false);
    }

    /** Asks the user's name and unit (once per user; again only from 更改…) and keeps them in the user's settings. */
    private Optional<ReviewerProfile> askProfile() {
        ReviewerProfile start = ReviewerProfile.readFrom(userSettings).orElse(new ReviewerProfile("", ""));
        Optional<ReviewerProfile> given = ProfileDialog.ask(getScene() == null ? null : getScene().getWindow(),
                messages, start);
        given.ifPresent(p -> {
            p.writeTo(userSettings);
            showProfile();
        });
        return given;
    }

    private void showProfile() {
        reviewer.setText(ReviewerProfile.readFrom(userSettings).map(ReviewerProfile::signature)
                .orElse(messages.get("review.profileUnset")));
    }

    /** 记录 only for a chosen verdict (通过 or 退回修改) on a site of a writable project. */
    private void refreshRecordable() {
        boolean pending = verdict.getValue() == null || verdict.getValue() == Verdict.PENDING;
        record.setDisable(model.current().isEmpty() || !model.writable() || pending);
        verdictHint.setText(pending ? messages.get("review.chooseVerdict") : "");
        verdictHint.setVisible(pending);
        verdictHint.setManaged(pending);
    }

    private void afterMark() {
        refresh(true);
    }

    /** Shows the current site; {@code followOnMap} also zooms the map there. */
    private void refresh(boolean followOnMap) {
        updating = true;
        try {
            var count = model.counts();
            StringBuilder text = new StringBuilder();
            for (SiteKind kind : SiteKind.values()) {
                text.append(text.length() == 0 ? "" : " · ").append(messages.get("review.kind." + kind.name()))
                        .append(' ').append(count.get(kind));
                if (kind.plannedCount() > 0) {
                    text.append('/').append(kind.plannedCount());
                }
            }
            counts.setText(text.toString());
            siteChoice.getItems().setAll(model.sites());
            position.setText(model.sites().isEmpty() ? "0 / 0" : (model.index() + 1) + " / " + model.sites().size());
            refreshRecordable();
            printSheet.setDisable(model.current().isEmpty());
            model.current().ifPresentOrElse(site -> {
                siteChoice.setValue(site);
                siteName.setText(site.name());
                siteInfo.setText(messages.get("review.kind." + site.kind().name()) + " · " + site.townshipName()
                        + " · " + site.code());
                verdictNow.setText(messages.format("review.currentVerdict",
                        messages.get("review.verdict." + model.verdict().name())));
                List<PlanItem> items = model.planItems();
                planItems.show(items);
                history.show(model.history());
                if (followOnMap) {
                    onSiteShown.accept(site, items);
                }
            }, () -> {
                siteName.setText(messages.get("review.none"));
                siteInfo.setText("");
                verdictNow.setText("");
                planItems.show(List.of());
                history.show(List.of());
            });
        } finally {
            updating = false;
        }
    }

    private StringConverter<DemonstrationSite> siteNames() {
        return labels(s -> messages.get("review.kind." + s.kind().name()) + " · " + s.name());
    }

    static <T> StringConverter<T> labels(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static String localTime(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Lets tests and the window read what the panel shows. */
    public ReviewPanelModel model() {
        return model;
    }
}
