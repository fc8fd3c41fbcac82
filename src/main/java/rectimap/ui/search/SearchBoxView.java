package rectimap.ui.search;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import rectimap.ui.Messages;

/**
 * The search box: typing lists matching townships and villages under the field; picking one (click or Enter on the
 * first) reports it.
 */
public final class SearchBoxView extends TextField {
    private final Messages messages;
    private final ContextMenu popup = new ContextMenu();
    private PlaceSearch search;
    private Consumer<PlaceSuggestion> onPick = p -> { };

    public SearchBoxView(Messages messages) {
        this.messages = messages;
        setId("searchBox");
        setPromptText(messages.get("search.prompt"));
        setPrefColumnCount(22);
        popup.setId("searchSuggestions");
        textProperty().addListener((o, old, now) -> refresh(now));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                suggestions().stream().findFirst().ifPresent(this::pick);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
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

    private void refresh(String text) {
        List<PlaceSuggestion> found = suggestions();
        popup.getItems().clear();
        if (text == null || text.isBlank()) {
            popup.hide();
            return;
        }
        if (found.isEmpty()) {
            popup.getItems().add(new CustomMenuItem(new Label(messages.format("search.none", text)), true));
        }
        for (int i = 0; i < found.size(); i++) {
            PlaceSuggestion suggestion = found.get(i);
            Label label = new Label(suggestion.label());
            label.setId("suggestion-" + i);
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setOnAction(e -> pick(suggestion));
            popup.getItems().add(item);
        }
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            popup.show(this, Side.BOTTOM, 0, 0);
        }
    }

    private void pick(PlaceSuggestion suggestion) {
        popup.hide();
        onPick.accept(suggestion);
    }
}
