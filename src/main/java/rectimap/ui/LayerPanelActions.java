package rectimap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Window;
import rectimap.edit.CommandRefused;
import rectimap.edit.EditCommand;
import rectimap.edit.MoveLayerCommand;
import rectimap.edit.SetLayerOpacityCommand;
import rectimap.edit.SetLayerStyleCommand;
import rectimap.edit.SetLayerVisibilityCommand;
import rectimap.model.MapLayer;
import rectimap.ui.layers.LayerActions;
import rectimap.ui.layers.LayerPanelView;
import rectimap.ui.layers.LayerStyleDialog;
import rectimap.ui.map.MapOverlay;
import rectimap.ui.map.MapViewModel;
import rectimap.ui.tools.MapEditing;

/**
 * The layer panel's requests as steps of the one edit history: each finished change is a command run through
 * the edit session, so it is named, undoable and written by the journal with the feature edits. An
 * opacity drag only previews on the map until the slider is let go. FX thread only.
 */
final class LayerPanelActions implements LayerActions {
    private final MapViewModel model;
    private final MapEditing editing;
    private final Messages messages;
    private final Window owner;
    private final Consumer<String> say;
    private LayerPanelView panel;

    /** @param say shows a sentence in the status bar (a refusal) */
    LayerPanelActions(MapViewModel model, MapEditing editing, Messages messages, Window owner, Consumer<String> say) {
        this.model = model;
        this.editing = editing;
        this.messages = messages;
        this.owner = owner;
        this.say = say;
    }

    /** The panel to show again when a request recorded nothing (so its controls match the project). */
    void attach(LayerPanelView layerPanel) {
        this.panel = layerPanel;
    }

    @Override
    public void setVisible(String tableName, boolean shown) {
        display(shown ? SetLayerVisibilityCommand.show(tableName) : SetLayerVisibilityCommand.hide(tableName));
    }

    @Override
    public void previewOpacity(String tableName, double opacity) {
        if (model.project() == null) {
            return;
        }
        List<MapLayer> previewed = new ArrayList<>(model.project().layers());
        previewed.replaceAll(l -> l.tableName().equals(tableName) ? l.withOpacity(clamp(opacity)) : l);
        model.updateLayers(previewed);
    }

    @Override
    public void setOpacity(String tableName, double opacity) {
        display(new SetLayerOpacityCommand(tableName, clamp(opacity)));
    }

    @Override
    public void move(String tableName, int drawIndex) {
        display(new MoveLayerCommand(tableName, drawIndex));
    }

    @Override
    public void editStyle(String tableName) {
        editing.session().flatMap(s -> s.project().layer(tableName)).ifPresent(layer -> {
            LayerStyleDialog dialog = new LayerStyleDialog(layer, messages);
            dialog.initOwner(owner);
            dialog.ask().ifPresent(style -> display(new SetLayerStyleCommand(tableName, style)));
        });
    }

    @Override
    public void zoomTo(String tableName) {
        model.zoomToLayer(tableName);
    }

    @Override
    public void setOverlayShown(MapOverlay overlay, boolean shown) {
        model.setOverlayShown(overlay, shown);
    }

    private void display(EditCommand command) {
        if (!recorded(command)) {
            // Nothing recorded: undo any preview and put the panel's controls back to the project's state.
            editing.session().ifPresent(s -> model.updateLayers(s.project().layers()));
            if (panel != null) {
                panel.refresh();
            }
        }
    }

    /**
     * Runs a display command as one step of the session's history. Read-only projects too: there the step lives in
     * memory only (the session has no journal). False when it changed nothing or was refused (which is said).
     */
    private boolean recorded(EditCommand command) {
        if (editing.session().isEmpty()) {
            return false;
        }
        try {
            return !editing.session().get().run(command).changes().isEmpty();
        } catch (CommandRefused refused) {
            say.accept(messages.label(refused));
        } catch (IllegalStateException stale) {
            say.accept(messages.get("edit.stale"));
        }
        return false;
    }

    private static double clamp(double opacity) {
        return Math.max(0, Math.min(1, opacity));
    }
}
