package rectimap.ui.shared;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import rectimap.edit.ConflictChoice;
import rectimap.edit.ConflictResolution;
import rectimap.edit.EditSession;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureConflict;
import rectimap.model.LayerInfo;
import rectimap.model.RefusedReplay;
import rectimap.model.StepConflict;
import rectimap.ui.Messages;
import rectimap.ui.edit.DialogTheme;

/**
 * The conflict dialog, opened (not modal) when the shared project refused a step because someone else changed its
 * features first: per feature, who saved their version and when, and per differing part (geometry, each field) the
 * value before, mine and theirs with a choice of mine or theirs; 全用我的 / 全用对方的 / 合并 set every choice at
 * once (合并, the start: mine where I changed it, theirs elsewhere). 保存 sends the settled step as a NEW step on the
 * project as it is now (their version, which the window has read again meanwhile); 放弃这一步 (or closing the dialog)
 * sends nothing. Either settles the refused step (the outbox lets it go); the dialog closed because its project
 * closed ({@link #leave}) or the window ended settles nothing, so the step is offered again at the next opening.
 * FX thread.
 */
public final class ConflictDialog {
    private final StepConflict refused;
    private final Optional<RefusedReplay> replayed;
    private final Messages messages;
    private final Map<FeatureConflict, ConflictFeaturePane> panes = new LinkedHashMap<>();
    private final Label problem = new Label();
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private boolean left;

    private ConflictDialog(StepConflict refused, Optional<RefusedReplay> replayed, Messages messages) {
        this.refused = refused;
        this.replayed = replayed;
        this.messages = messages;
    }

    /**
     * Opens the dialog for {@code refused}; on 保存 the settled step runs in the session {@code sessions} gives and
     * {@code say} tells the status line; {@code settled} runs once the user saved or gave the step up. A step
     * {@code replayed} from the last session's outbox is said to be that (its features, when it was kept) first
     * ({@code #conflictKept}).
     *
     * @return the dialog shown, empty when no session is open
     */
    public static Optional<ConflictDialog> open(Window owner, Messages messages, StepConflict refused,
            Optional<RefusedReplay> replayed, Supplier<Optional<EditSession>> sessions, Consumer<String> say,
            Runnable settled) {
        Optional<EditSession> session = sessions.get();
        if (session.isEmpty()) {
            return Optional.empty();
        }
        ConflictDialog shown = new ConflictDialog(refused, replayed, messages);
        shown.show(owner, session.get().project(), sessions, say, settled);
        return Optional.of(shown);
    }

    /** Closes the dialog without a decision (its project is closing): the step stays for the next opening. */
    public void leave() {
        left = true;
        dialog.hide();
    }

    /** Whether the dialog is still open. */
    public boolean isShowing() {
        return dialog.isShowing();
    }

    private void show(Window owner, rectimap.model.Project project, Supplier<Optional<EditSession>> sessions,
            Consumer<String> say, Runnable settled) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(messages.get("conflict.title"));
        dialog.setHeaderText(messages.format("conflict.header", refused.step().name()));
        dialog.getDialogPane().setId("conflictDialog");
        DialogTheme.applyTo(dialog.getDialogPane(), DialogTheme.FontScope.OWN_WINDOW);
        VBox features = new VBox(12);
        features.setPadding(new javafx.geometry.Insets(8));
        for (FeatureConflict conflict : refused.conflicts()) {
            LayerInfo info = project.layer(conflict.tableName()).orElseThrow().layer().info();
            ConflictFeaturePane pane = new ConflictFeaturePane(conflict, info, messages, title(conflict, info));
            panes.put(conflict, pane);
            features.getChildren().add(pane.node());
        }
        ScrollPane scroll = new ScrollPane(features);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 120 + 60 * refused.conflicts().size()));
        HBox presets = new HBox(8, preset("conflictAllMine", "conflict.allMine", ConflictChoice.MINE),
                preset("conflictAllTheirs", "conflict.allTheirs", ConflictChoice.THEIRS),
                preset("conflictCombine", "conflict.combine", ConflictChoice.COMBINE));
        problem.setId("conflictProblem");
        problem.setWrapText(true);
        VBox content = new VBox(10, presets, scroll, problem);
        replayed.ifPresent(replay -> {
            Label kept = new Label(KeptStepSentence.of(replay, project, messages));
            kept.setId("conflictKept");
            kept.setWrapText(true);
            content.getChildren().add(0, kept);
        });
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(messages.get("conflict.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(messages.get("conflict.discard"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, discard);
        dialog.getDialogPane().lookupButton(discard).setId("conflictDiscard");
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("conflictSave");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            Optional<String> refusal = save(sessions, say);
            refusal.ifPresent(text -> {
                problem.setText(text);
                event.consume();
            });
        });
        dialog.setOnHidden(e -> {
            if (left || dialog.getResult() == null) {
                return;
            }
            if (dialog.getResult() != save) {
                say.accept(messages.format("conflict.discarded", refused.step().name()));
            }
            settled.run();
        });
        dialog.setResizable(true);
        dialog.show();
    }

    private Button preset(String id, String key, ConflictChoice choice) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> panes.values().forEach(pane -> pane.choose(choice)));
        return button;
    }

    /** e.g. "整治片区 #2 — 张三 于 2026-12-07 12:03 保存的版本". */
    private String title(FeatureConflict conflict, LayerInfo info) {
        String who = conflict.theirUser().isEmpty() ? messages.get("conflict.someone") : conflict.theirUser();
        String layer = messages.labels().layerTitle(info);
        return conflict.theirTime() == null
                ? messages.format("conflict.featureBy", layer, conflict.featureId(), who)
                : messages.format("conflict.featureByAt", layer, conflict.featureId(), who,
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault())
                                .format(conflict.theirTime()));
    }

    /** Runs the settled step; the reason it cannot yet (the window has not shown their version), if any. */
    private Optional<String> save(Supplier<Optional<EditSession>> sessions, Consumer<String> say) {
        Optional<EditSession> session = sessions.get();
        if (session.isEmpty() || !showsTheirs(session.get())) {
            return Optional.of(messages.get("conflict.notYet"));
        }
        ChangeSet step = ConflictResolution.resolve(refused, c -> panes.get(c).pick(), session.get().project());
        session.get().execute(step);
        say.accept(messages.format("conflict.saved", refused.step().name()));
        return Optional.empty();
    }

    /** Whether the session holds their version of every conflicted feature (the re-read after the refusal is in). */
    private boolean showsTheirs(EditSession session) {
        List<FeatureConflict> conflicts = refused.conflicts();
        return conflicts.stream().allMatch(c -> session.project().layer(c.tableName())
                .map(l -> l.layer().feature(c.featureId()).orElse(null)).map(now -> now.equals(c.theirs()))
                .orElse(c.theirs() == null));
    }
}
