package rectimap.ui.tools;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import rectimap.edit.OverlapPolicy;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.ui.Messages;
import rectimap.ui.TextConverter;

/**
 * The edit tool bar: the layer being edited, one toggle per tool, delete and merge, undo and redo, snapping and
 * "avoid overlap". It mirrors {@link MapEditing}'s state ({@link #refresh}) and forwards every choice to it.
 */
public final class EditToolBarView extends ToolBar {
    private final MapEditing editing;
    private final Messages messages;
    private final ComboBox<MapLayer> layer = new ComboBox<>();
    private final Map<ToolKind, ToggleButton> tools = new EnumMap<>(ToolKind.class);
    private final ToggleButton snap = new ToggleButton();
    private final CheckBox avoidOverlap = new CheckBox();
    private final Button undo = new Button();
    private final Button redo = new Button();
    private boolean refreshing;

    public EditToolBarView(MapEditing editing, Messages messages) {
        this.editing = editing;
        this.messages = messages;
        setId("editToolBar");
        layer.setId("editLayer");
        layer.setPromptText(messages.get("edit.layerPrompt"));
        layer.setConverter(TextConverter.of(l -> messages.labels().layerTitle(l.info())));
        layer.setOnAction(e -> {
            if (!refreshing && layer.getValue() != null) {
                editing.setActiveTable(layer.getValue().tableName());
            }
        });
        getItems().addAll(new Label(messages.get("edit.layer")), layer, new Separator());
        ToggleGroup group = new ToggleGroup();
        for (ToolKind kind : ToolKind.values()) {
            ToggleButton button = new ToggleButton(messages.get(kind.messageKey()));
            button.setId("tool-" + kind.name());
            button.setToggleGroup(group);
            button.setOnAction(e -> editing.choose(kind));
            tools.put(kind, button);
            getItems().add(button);
        }
        Button delete = action("btnDelete", "edit.delete", editing::deleteSelected);
        Button merge = action("btnMerge", "edit.merge", editing::mergeSelected);
        undo.setId("btnUndo");
        undo.setOnAction(e -> editing.undo());
        redo.setId("btnRedo");
        redo.setOnAction(e -> editing.redo());
        snap.setId("snapToggle");
        snap.setOnAction(e -> editing.toggleSnapping());
        avoidOverlap.setId("avoidOverlap");
        avoidOverlap.setText(messages.get("edit.avoidOverlap"));
        avoidOverlap.setOnAction(e -> editing.setOverlapPolicy(avoidOverlap.isSelected()
                ? OverlapPolicy.AVOID : OverlapPolicy.ALLOW));
        getItems().addAll(new Separator(), delete, merge, new Separator(), undo, redo, new Separator(), snap,
                avoidOverlap);
        editing.addStateListener(this::refresh);
        refresh();
    }

    /** Shows the planning layers of a freshly opened project in the layer box. */
    public void showProject(Project project) {
        refreshing = true;
        layer.getItems().setAll(project.layers().stream().filter(l -> l.info().role() == LayerRole.PLANNING)
                .toList());
        refreshing = false;
        refresh();
    }

    /** Mirrors the editing state: tool, layer, undo/redo names, snapping, overlap policy. */
    public void refresh() {
        refreshing = true;
        tools.get(editing.toolKind()).setSelected(true);
        layer.getItems().stream().filter(l -> l.tableName().equals(editing.activeTable())).findFirst()
                .ifPresent(layer::setValue);
        var history = editing.session().map(s -> s.history());
        undo.setText(messages.get("edit.undo"));
        redo.setText(messages.get("edit.redo"));
        undo.setDisable(history.flatMap(h -> h.undoName()).isEmpty());
        redo.setDisable(history.flatMap(h -> h.redoName()).isEmpty());
        undo.setTooltip(new Tooltip(history.flatMap(h -> h.undoName()).map(n -> messages.get("edit.undo") + " " + n)
                .orElse(messages.get("edit.undo"))));
        redo.setTooltip(new Tooltip(history.flatMap(h -> h.redoName()).map(n -> messages.get("edit.redo") + " " + n)
                .orElse(messages.get("edit.redo"))));
        snap.setSelected(editing.snapping());
        snap.setText(messages.format("edit.snap", editing.snapping() ? messages.get("edit.on")
                : messages.get("edit.off")));
        avoidOverlap.setSelected(editing.overlapPolicy() == OverlapPolicy.AVOID);
        refreshing = false;
    }

    private Button action(String id, String key, Runnable run) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> run.run());
        return button;
    }
}
