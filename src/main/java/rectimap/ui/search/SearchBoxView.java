package rectimap.ui.search;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import rectimap.ui.Messages;

/**
 * The search box: typing lists matching townships and villages in a list under the field; ↑/↓ move through it,
 * Enter picks the marked one (the first when none is marked), a click picks that one, Esc closes the list. The list
 * lives in a popup that never takes the keyboard focus, so the field keeps every key, search after search.
 */
public final class SearchBoxView extends TextField {
    private static final int VISIBLE_ROWS = 12;
    private static final double ROW_HEIGHT_PX = 26;

    private final Messages messages;
    private final Popup popup = new Popup();
    private final ListView<PlaceSuggestion> list = new ListView<>();
    private PlaceSearch search;
    private Consumer<PlaceSuggestion> onPick = p -> { };

    public SearchBoxView(Messages messages) {
        this.messages = messages;
        setId("searchBox");
        setPromptText(messages.get("search.prompt"));
        setPrefColumnCount(22);
        list.setId("searchSuggestions");
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new SuggestionCell());
        list.setOnMouseClicked(e -> {
            PlaceSuggestion chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                pick(chosen);
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        textProperty().addListener((o, old, now) -> refresh(now));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public void setSearch(PlaceSearch placeSearch) {
        this.search = placeSearch;
    }

    public void setOnPick(Consumer<PlaceSuggestion> listener) {
        this.onPick = listener;
    }

    /** The suggestions for the current text. */
    public List<PlaceSuggestion> suggestions() {
        return search == null ? List.of() : search.suggest(getText());
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> {
                PlaceSuggestion marked = list.getSelectionModel().getSelectedItem();
                if (marked != null) {
                    pick(marked);
                } else {
                    suggestions().stream().findFirst().ifPresent(this::pick);
                }
            }
            case DOWN -> list.getSelectionModel().selectNext();
            case UP -> list.getSelectionModel().selectPrevious();
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void refresh(String text) {
        List<PlaceSuggestion> found = suggestions();
        list.getItems().setAll(found);
        list.getSelectionModel().clearSelection();
        if (text == null || text.isBlank()) {
            popup.hide();
            return;
        }
        list.setPlaceholder(new Label(messages.format("search.none", text)));
        list.setPrefHeight(Math.max(1, Math.min(found.size(), VISIBLE_ROWS)) * ROW_HEIGHT_PX + 4);
        list.setPrefWidth(Math.max(getWidth(), 320));
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds below = localToScreen(getBoundsInLocal());
            popup.show(this, below.getMinX(), below.getMaxY());
        }
    }

    private void pick(PlaceSuggestion suggestion) {
        popup.hide();
        onPick.accept(suggestion);
    }

    /** A row of the list, with an id per row for tests ({@code #suggestion-0} is the first). */
    private static final class SuggestionCell extends ListCell<PlaceSuggestion> {
        @Override
        protected void updateItem(PlaceSuggestion item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
            setId(empty || item == null ? null : "suggestion-" + getIndex());
        }
    }
}
