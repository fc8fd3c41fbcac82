package rectimap.ui.edit;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * Official names offered under a place field while the user types (list {@code #completion-<field>}, at most ten
 * rows): the names are computed off the FX thread, an answer for text typed since is dropped, a click or Enter on a
 * name puts it in the field, Escape or leaving the field closes the list, and a click elsewhere (e.g. on OK) both
 * closes it and does what it clicked. Our own rather than ControlsFX's AutoCompletionBinding: that one reaches into
 * {@code com.sun.javafx.event}, which the installed app (JavaFX as named modules) does not export; exporting it would
 * switch off the class-data archive's module graph and slow every start (issue 13).
 */
final class PlaceCompletion {
    private static final int VISIBLE_ROWS = 10;
    private static final double ROW_HEIGHT = 26;

    private final TextField field;
    private final Function<String, List<String>> choices;
    private final Popup popup = new Popup();
    private final ListView<String> list = new ListView<>();
    private final AtomicLong asked = new AtomicLong();
    private boolean picking;

    private PlaceCompletion(TextField field, String name, Function<String, List<String>> choices) {
        this.field = field;
        this.choices = choices;
        list.setId("completion-" + name);
        list.getStyleClass().add("place-completion");
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setConsumeAutoHidingEvents(false);
        list.setOnMouseClicked(e -> pick());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onListKey);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onFieldKey);
        field.textProperty().addListener((obs, was, now) -> typed(now));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !list.isFocused()) {
                popup.hide();
            }
        });
    }

    /** Offers {@code choices.apply(typed text)} under {@code field}; {@code choices} runs off the FX thread. */
    static void attach(TextField field, String name, Function<String, List<String>> choices) {
        new PlaceCompletion(field, name, choices);
    }

    private void typed(String text) {
        if (picking || !field.isFocused() || text == null || text.isBlank()) {
            popup.hide();
            return;
        }
        long question = asked.incrementAndGet();
        CompletableFuture.supplyAsync(() -> choices.apply(text)).thenAccept(names -> Platform.runLater(() -> {
            if (question == asked.get() && field.isFocused()) {
                show(names);
            }
        }));
    }

    private void show(List<String> names) {
        if (names.isEmpty()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(names);
        list.getSelectionModel().clearSelection();
        list.setPrefWidth(Math.max(field.getWidth(), 160));
        list.setPrefHeight(Math.min(names.size(), VISIBLE_ROWS) * ROW_HEIGHT + 4);
        Bounds bounds = field.localToScreen(field.getBoundsInLocal());
        if (bounds != null && field.getScene() != null) {
            popup.show(field, bounds.getMinX(), bounds.getMaxY());
        }
    }

    private void onFieldKey(KeyEvent key) {
        if (!popup.isShowing()) {
            return;
        }
        if (key.getCode() == KeyCode.DOWN) {
            list.requestFocus();
            list.getSelectionModel().selectFirst();
            key.consume();
        } else if (key.getCode() == KeyCode.ESCAPE) {
            popup.hide();
            key.consume();
        }
    }

    private void onListKey(KeyEvent key) {
        if (key.getCode() == KeyCode.ENTER) {
            pick();
            key.consume();
        } else if (key.getCode() == KeyCode.ESCAPE) {
            popup.hide();
            field.requestFocus();
            key.consume();
        }
    }

    private void pick() {
        String name = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (name != null) {
            picking = true;
            field.setText(name);
            field.positionCaret(name.length());
            picking = false;
        }
        field.requestFocus();
    }
}
