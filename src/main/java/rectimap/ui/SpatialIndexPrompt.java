package rectimap.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * After a project opened for editing: when another program broke the spatial index of a planning layer (every
 * edit of it would then fail), says which layers and offers 重建索引 ({@code #spatialIndexDamaged}, button
 * {@code #rebuildSpatialIndex}); the rebuild is one transaction on the file's writer and its outcome goes to the
 * status bar. FX thread.
 */
final class SpatialIndexPrompt {
    private SpatialIndexPrompt() {
    }

    static void offer(Window owner, Messages messages, LoadedProject loaded, Consumer<String> status) {
        List<String> tables = loaded.file().damagedSpatialIndexes();
        if (tables.isEmpty()) {
            return;
        }
        String titles = String.join("、", tables.stream().map(table -> loaded.project().layer(table)
                .map(layer -> layer.layer().info().title()).orElse(table)).toList());
        ButtonType rebuild = new ButtonType(messages.get("spatialIndex.rebuild"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("spatialIndex.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = DialogButtons.alert(messages, Alert.AlertType.WARNING,
                messages.format("spatialIndex.damaged", loaded.project().file(), titles), rebuild, later);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("spatialIndexDamaged");
        alert.getDialogPane().lookupButton(rebuild).setId("rebuildSpatialIndex");
        alert.resultProperty().addListener((observed, was, answer) -> {
            if (answer == rebuild) {
                loaded.file().rebuildSpatialIndexes(tables).whenComplete((done, failure) -> Platform.runLater(() ->
                        status.accept(failure == null
                                ? messages.format("spatialIndex.rebuilt", loaded.project().file(), titles)
                                : messages.format("spatialIndex.rebuildFailed", reason(messages, failure)))));
            }
        });
        alert.show();
    }

    private static String reason(Messages messages, Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof rectimap.model.StoreException store
                ? messages.sentence(store)
                : String.valueOf(cause.getMessage());
    }
}
