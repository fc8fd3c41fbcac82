package rectimap.ui;

import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import rectimap.model.MapLayer;
import rectimap.ui.edit.ShortcutsSheetView;
import rectimap.ui.map.MapViewModel;

/**
 * The view and help actions of the menus and tool bar that only move the map or show a dialog: zoom to a typed
 * scale (the tool bar's box, 视图 → 比例尺…), zoom to the selected layer, the shortcut sheet and 关于. FX thread.
 */
final class ViewMenuActions {
    private final Messages messages;
    private final MapViewModel model;
    private final Supplier<MapLayer> selectedLayer;
    private final Consumer<String> say;

    /** {@code selectedLayer} gives the layer panel's selection (null when none); {@code say} the status bar. */
    ViewMenuActions(Messages messages, MapViewModel model, Supplier<MapLayer> selectedLayer, Consumer<String> say) {
        this.messages = messages;
        this.model = model;
        this.selectedLayer = selectedLayer;
        this.say = say;
    }

    /** Zooms to a scale typed as "1:50000", "50,000" or "5万"; says so when it is not a scale. */
    void zoomToTypedScale(String typed) {
        OptionalDouble scale = ScaleEntry.parse(typed);
        if (scale.isPresent()) {
            model.zoomToScale(scale.getAsDouble());
        } else {
            say.accept(messages.format("scale.invalid", typed));
        }
    }

    void askScale() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setHeaderText(messages.get("scale.prompt"));
        dialog.showAndWait().ifPresent(this::zoomToTypedScale);
    }

    void zoomToSelectedLayer() {
        MapLayer selected = selectedLayer.get();
        if (selected != null) {
            model.zoomToLayer(selected.tableName());
        }
    }

    void showShortcuts() {
        new ShortcutsSheetView(messages).show();
    }

    void showAbout() {
        rectimap.install.BuildInfo build = rectimap.install.BuildInfo.current();
        Alert about = DialogButtons.alert(messages, Alert.AlertType.INFORMATION, messages.get("about.text") + "\n"
                + messages.format("about.version", build.version(), build.commit(), build.date()));
        about.setHeaderText(messages.get("app.title"));
        about.getDialogPane().setId("aboutDialog");
        about.show();
    }
}
