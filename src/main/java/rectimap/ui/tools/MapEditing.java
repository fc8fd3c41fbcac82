package rectimap.ui.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceDialog;
import rectimap.edit.AddFeatureCommand;
import rectimap.edit.CommandRefused;
import rectimap.edit.CommandResult;
import rectimap.edit.DeleteFeaturesCommand;
import rectimap.edit.EditCommand;
import rectimap.edit.EditSession;
import rectimap.edit.MergePolygonsCommand;
import rectimap.edit.OverlapPolicy;
import rectimap.edit.SessionChange;
import rectimap.edit.UpdateAttributesCommand;
import rectimap.edit.UndoHistory;
import rectimap.model.EditJournal;
import rectimap.model.FeatureRef;
import rectimap.model.LayerRole;
import rectimap.model.LayerRules;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.Selection;
import rectimap.tool.CommandBasis;
import rectimap.tool.MapTool;
import rectimap.tool.SnapMode;
import rectimap.tool.Snapper;
import rectimap.tool.ToolContext;
import rectimap.tool.ToolResult;
import rectimap.tool.TypedCoordinates;
import rectimap.tool.TypedCoordinatesException;
import rectimap.tool.TypedPoints;
import rectimap.ui.edit.FormPurpose;
import rectimap.ui.Messages;
import rectimap.ui.map.MapCanvasView;
import rectimap.ui.map.MapViewModel;

/**
 * Editing in the window: the edit session of the open project, the active tool, the layer being edited, the
 * selection and snapping. Tool results become undoable steps (a new feature goes through the attribute form first);
 * refusals are told in the interface language. FX application thread only.
 */
public final class MapEditing {
    private final MapViewModel model;
    private final MapCanvasView map;
    private final Messages messages;
    private final ToolTexts texts;
    private final LayerRules rules;
    private final FeatureForm form;
    private final Snapper snapper = new Snapper();
    private final Consumer<String> say;
    private final List<Runnable> onStateChanged = new ArrayList<>();
    private final List<Consumer<SessionChange>> onMove = new ArrayList<>();
    private EditSession session;
    /** An undo or redo the file refused (another program changed its feature); told after the next re-read. */
    private SessionChange.Kind refusedByFile;
    private boolean writable;
    private ToolKind toolKind = ToolKind.PAN;
    private String activeTable;
    private Selection selection = Selection.empty();
    private String toolStatus = "";
    private OverlapPolicy overlap = OverlapPolicy.AVOID;
    private Consumer<rectimap.model.StepConflict> onConflict = refused -> { };
    private Runnable onRefusedByFile = () -> { };

    public MapEditing(MapViewModel model, MapCanvasView map, Messages messages, LayerRules rules, FeatureForm form,
                      Consumer<String> say) {
        this.model = model;
        this.map = map;
        this.messages = messages;
        this.texts = new ToolTexts(messages);
        this.rules = rules;
        this.form = form;
        this.say = say;
    }

    /** Starts editing a freshly opened project; {@code journal} null when it is open read-only. */
    public void start(Project project, UndoHistory history, EditJournal journal) {
        session = new EditSession(project, history, journal, rules);
        writable = journal != null;
        session.addListener(this::onSessionChange);
        selection = Selection.empty();
        activeTable = project.layers().stream().filter(l -> l.info().role() == LayerRole.PLANNING)
                .map(MapLayer::tableName).findFirst().orElse(null);
        choose(ToolKind.PAN);
    }

    /** Called (FX thread) when the shared project refused a step as stale: the window opens the conflict dialog. */
    public void onConflict(Consumer<rectimap.model.StepConflict> handler) {
        onConflict = handler;
    }

    /**
     * Told (FX thread) when the file refused an undo or redo because another program changed its feature: the window
     * re-reads the file then, and {@link #reload} says why, even if the poll had re-read it a moment before.
     */
    public void onRefusedByFile(Runnable handler) {
        onRefusedByFile = handler;
    }

    /** Runs whenever the history, the tool, the active layer, the selection or snapping changed. */
    public void addStateListener(Runnable listener) {
        onStateChanged.add(listener);
    }

    /** Runs after every move of the session (do, undo, redo, reload), before the state listeners. */
    public void addMoveListener(Consumer<SessionChange> listener) {
        onMove.add(listener);
    }

    public Optional<EditSession> session() {
        return Optional.ofNullable(session);
    }

    public ToolKind toolKind() {
        return toolKind;
    }

    public String activeTable() {
        return activeTable;
    }

    public Selection selection() {
        return selection;
    }

    public Snapper snapper() {
        return snapper;
    }

    /** The active tool's status line (live length/area, a refusal), "" when none. */
    public String toolStatus() {
        return toolStatus;
    }

    public void setActiveTable(String tableName) {
        activeTable = tableName;
        fire();
    }

    /** Switches tool; an editing tool needs a planning layer to edit and a project open for writing. */
    public void choose(ToolKind kind) {
        if (kind.edits() && (activeTable == null || isReadOnly())) {
            say.accept(messages.get(isReadOnly() ? "edit.readOnly" : "edit.noLayer"));
            kind = ToolKind.PAN;
        }
        toolKind = kind;
        toolStatus = "";
        MapTool tool = kind.create();
        map.setTool(tool, this::context, this::afterToolInput);
        fire();
    }

    /** The tool bar's "避让重叠" choice for new and moved responsibility areas. */
    public void setOverlapPolicy(OverlapPolicy policy) {
        overlap = policy;
        fire();
    }

    public OverlapPolicy overlapPolicy() {
        return overlap;
    }

    public void toggleSnapping() {
        snapper.toggle();
        fire();
    }

    public boolean snapping() {
        return snapper.mode() != SnapMode.OFF;
    }

    /** Undoes the last step, or says why not (another program changed a feature it names). */
    public void undo() {
        if (session != null) {
            session.undoRefusal().ifPresentOrElse(this::sayRefused, session::undo);
        }
    }

    /** Redoes the last undone step, or says why not. */
    public void redo() {
        if (session != null) {
            session.redoRefusal().ifPresentOrElse(this::sayRefused, session::redo);
        }
    }

    /** The history panel's "back to here": moves step by step, stopping with the reason at a refused one. */
    public void undoTo(int cursor) {
        if (session != null) {
            try {
                session.undoTo(cursor);
            } catch (CommandRefused refused) {
                sayRefused(refused);
            }
        }
    }

    /**
     * Shows the project and history re-read from the file after another program changed it; a selection of
     * features that are gone is dropped.
     *
     * @return why the file refused the undo or redo made just before (the feature and what another program
     *         changed, now that the session holds the file's state); empty when none was refused
     */
    public Optional<String> reload(Project read, UndoHistory readHistory) {
        if (session == null) {
            return Optional.empty();
        }
        session.reload(read, readHistory);
        SessionChange.Kind refused = refusedByFile;
        refusedByFile = null;
        Optional<CommandRefused> reason = refused == SessionChange.Kind.UNDONE ? session.undoRefusal()
                : refused == SessionChange.Kind.REDONE ? session.redoRefusal() : Optional.empty();
        return reason.map(messages::label);
    }

    /** Deletes the selected features of the layer being edited, as one step. */
    public void deleteSelected() {
        List<Long> ids = activeTable == null ? List.of() : selection.idsIn(activeTable);
        if (!ids.isEmpty()) {
            run(new DeleteFeaturesCommand(activeTable, ids));
        }
    }

    /**
     * Merges the selected polygons of the layer being edited into one; the user picks whose attributes survive
     * (the first selected is offered first).
     */
    public void mergeSelected() {
        List<Long> ids = activeTable == null ? List.of() : selection.idsIn(activeTable);
        if (ids.size() < 2) {
            say.accept(messages.get("edit.mergeNeedsTwo"));
            return;
        }
        MapLayer layer = session.project().layer(activeTable).orElseThrow();
        List<String> names = new ArrayList<>();
        for (long id : ids) {
            layer.layer().feature(id).ifPresent(f -> names.add(rules.displayName(layer.info(), f) + " (#" + id + ")"));
        }
        ChoiceDialog<String> choose = new ChoiceDialog<>(names.get(0), names);
        choose.setHeaderText(messages.get("edit.mergeSurvivor"));
        choose.getDialogPane().setId("mergeSurvivorDialog");
        choose.showAndWait().ifPresent(chosen -> run(new MergePolygonsCommand(activeTable, ids,
                ids.get(names.indexOf(chosen)), overlap)));
    }

    /** Opens the attribute form on an existing feature of a planning layer; saving is one undoable step. */
    public void editAttributes(String tableName, long featureId) {
        if (isReadOnly()) {
            say.accept(messages.get("edit.readOnly"));
            return;
        }
        session.project().layer(tableName).ifPresent(layer -> layer.layer().feature(featureId).ifPresent(feature ->
                form.ask(layer.info(), feature, FormPurpose.EDIT).ifPresent(values ->
                        run(new UpdateAttributesCommand(tableName, featureId, values)))));
    }

    /**
     * Adds a feature to the layer being edited from pasted corner points ("x,y" per line in EPSG:4546 or lon/lat,
     * told apart by range): says how the points were read, then opens the attribute form; or says what is wrong.
     */
    public void addTypedCoordinates(String text) {
        if (activeTable == null || isReadOnly()) {
            say.accept(messages.get(isReadOnly() ? "edit.readOnly" : "edit.noLayer"));
            return;
        }
        try {
            TypedPoints points = TypedCoordinates.parse(text);
            say.accept(texts.text(points.crs().notice()));
            TypedCoordinates.emitInto(points, context()).ifPresent(problem -> say.accept(texts.text(problem.message())));
        } catch (TypedCoordinatesException e) {
            say.accept(texts.text(e.text()));
        }
    }

    /** Accepts the repair the active tool offers for the shape it refused (e.g. a self-intersecting ring). */
    public void acceptRepair() {
        if (map.tool() == null || !map.tool().acceptRepair(context())) {
            say.accept(messages.get("edit.noRepair"));
        }
        afterToolInput();
    }

    private boolean isReadOnly() {
        return session == null || !writable;
    }

    /** Whether edits can be made now: a session is open and its project file is not read-only. */
    public boolean canWrite() {
        return !isReadOnly();
    }

    private ToolContext context() {
        return new ToolContext(model.viewport(), model.renderLayersInOrder(), activeTable, selection, snapper,
                new CommandBasis(session.project(), rules, overlap), this::onToolResult);
    }

    private void afterToolInput() {
        toolStatus = map.tool() == null ? "" : texts.text(map.tool().feedback().status());
        fire();
    }

    private void onToolResult(ToolResult result) {
        if (result instanceof ToolResult.Edit edit) {
            execute(edit);
        } else if (result instanceof ToolResult.SelectionChange change) {
            select(change.selection());
        } else if (result instanceof ToolResult.NewFeature draft) {
            model.project().layer(draft.tableName()).ifPresent(layer -> form.ask(layer.info(), draft.draft(),
                    FormPurpose.NEW)
                    .ifPresent(values -> run(new AddFeatureCommand(draft.tableName(), draft.draft().geometry(),
                            values, overlap))));
        }
    }

    private void execute(ToolResult.Edit edit) {
        try {
            session.execute(edit.step());
        } catch (IllegalStateException stale) {
            say.accept(messages.get("edit.stale"));
        }
    }

    /** Makes {@code ref} the whole selection, as a click on it with the select tool does (picked in identify). */
    public void selectOnly(FeatureRef ref) {
        select(Selection.of(List.of(ref)));
    }

    private void select(Selection chosen) {
        selection = chosen;
        model.highlight(Set.copyOf(chosen.features()));
        fire();
    }

    private void run(EditCommand command) {
        try {
            CommandResult result = session.run(command);
            result.clips().forEach(clip -> say.accept(
                    messages.label(clip)));
        } catch (CommandRefused refused) {
            sayRefused(refused);
        }
    }

    private void sayRefused(CommandRefused refused) {
        say.accept(messages.label(refused));
    }

    private void onSessionChange(SessionChange change) {
        model.showEdited(change.project());
        // Every move replaces the last message, so an old "已完成…" never stands beside a newer undo. A re-read is
        // told by whoever asked for it (outside changes, attached photos), not as a raw move.
        if (change.kind() != rectimap.edit.SessionChange.Kind.RELOADED) {
            say.accept(messages.format("edit.moved." + change.kind().name(), change.applied().name()));
        }
        List<FeatureRef> kept = new ArrayList<>();
        for (FeatureRef ref : selection.features()) {
            if (change.project().layer(ref.tableName()).flatMap(l -> l.layer().feature(ref.featureId())).isPresent()) {
                kept.add(ref);
            }
        }
        selection = Selection.of(kept);
        onMove.forEach(listener -> listener.accept(change));
        change.durable().whenComplete((ok, failure) -> {
            if (causeOf(failure) instanceof rectimap.model.StoreException store
                    && store.problem() == rectimap.model.StoreProblem.CHANGED_OUTSIDE) {
                javafx.application.Platform.runLater(() -> {
                    if (refusedByFile == null) {
                        refusedByFile = change.kind();
                    }
                    say.accept(messages.format("store.CHANGED_OUTSIDE", store.file(), store.subject()));
                    onRefusedByFile.run();
                });
            } else if (causeOf(failure) instanceof rectimap.model.StepConflict refused) {
                javafx.application.Platform.runLater(() -> {
                    say.accept(messages.format("store.CONFLICT", refused.file(), refused.subject()));
                    onConflict.accept(refused);
                });
            } else if (causeOf(failure) instanceof rectimap.model.StoreException store
                    && !store.databaseReason().isEmpty()) {
                javafx.application.Platform.runLater(() -> say.accept(messages.sentence(store)));
            } else if (failure != null) {
                javafx.application.Platform.runLater(() -> say.accept(messages.format(keptForNextOpening(failure)
                        ? "edit.keptUnsaved" : "edit.writeFailed", fileOf(failure))));
            }
        });
        fire();
    }

    /**
     * A write that still waited when the project closed (held by another program, a full disk, no permission) is
     * kept in the recovery journal for the next opening; any other failed write does not fit the file.
     */
    private static boolean keptForNextOpening(Throwable failure) {
        return causeOf(failure) instanceof rectimap.model.StoreException store && switch (store.problem()) {
            case LOCKED, DISK_FULL, NO_WRITE_PERMISSION -> true;
            default -> false;
        };
    }

    /** The project file a failed write names (never an exception's class or SQLite's text). */
    private static Object fileOf(Throwable failure) {
        return causeOf(failure) instanceof rectimap.model.StoreException store ? store.file() : "";
    }

    private static Throwable causeOf(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }

    private void fire() {
        onStateChanged.forEach(Runnable::run);
    }
}
