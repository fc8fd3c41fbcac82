package rectimap.ui.edit;

import rectimap.ui.DialogButtons;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import rectimap.ui.Messages;
import rectimap.ui.TextColumn;
import rectimap.ui.UiLanguage;

/**
 * Help → 快捷键 (dialog pane {@code #shortcutsSheet}, table {@code #shortcutsTable}): every line of {@link Shortcuts},
 * grouped, with the keys as this platform shows them ("Ctrl+Z" on Windows/Linux) and the mouse gesture. FX thread only.
 */
public final class ShortcutsSheetView extends Dialog<Void> {
    private final TableView<ShortcutLine> table = new TableView<>();

    public ShortcutsSheetView(Messages messages) {
        setTitle(messages.get("shortcuts.title"));
        setResizable(true);
        getDialogPane().setId("shortcutsSheet");
        DialogTheme.applyTo(getDialogPane(), DialogTheme.FontScope.OWN_WINDOW);
        getDialogPane().getButtonTypes().add(DialogButtons.close(messages));
        Button close = (Button) getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0));
        close.setId("shortcutsClose");
        close.setText(messages.get("shortcuts.close"));

        table.setId("shortcutsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("shortcuts.group"), ShortcutLine::group, 90));
        table.getColumns().add(column(messages.get("shortcuts.keys"), ShortcutLine::keys, 190));
        table.getColumns().add(column(messages.get("shortcuts.action"), ShortcutLine::action, 300));
        table.getColumns().get(1).getStyleClass().add("shortcut-keys");
        table.setItems(FXCollections.observableArrayList(lines(messages)));
        table.setPrefSize(600, 560);
        getDialogPane().setContent(table);
    }

    /** The lines shown, in sheet order. */
    public List<ShortcutLine> lines() {
        return List.copyOf(table.getItems());
    }

    /** One shown line: group heading, keys and/or gesture as displayed, what it does. */
    public record ShortcutLine(String group, String keys, String action) {
    }

    private static List<ShortcutLine> lines(Messages messages) {
        boolean english = messages.language() == UiLanguage.EN;
        return Shortcuts.all().stream().map(s -> new ShortcutLine(messages.get("shortcuts.group." + s.group().name()),
                keysText(s, messages), english ? s.descriptionEn() : s.descriptionZh())).toList();
    }

    private static String keysText(Shortcut shortcut, Messages messages) {
        // Plain keys read better by name ("Enter", "Backspace") than as the platform's symbols (↵, ⌫).
        String keys = !shortcut.hasKeys() ? "" : shortcut.keys().contains("+")
                ? KeyCombination.keyCombination(shortcut.keys()).getDisplayText() : shortcut.keys();
        String gesture = shortcut.gesture() == Gesture.NONE ? "" : messages.get("gesture." + shortcut.gesture().name());
        return keys.isEmpty() ? gesture : gesture.isEmpty() ? keys : keys + " / " + gesture;
    }

    private static TableColumn<ShortcutLine, String> column(String title,
            java.util.function.Function<ShortcutLine, String> value, double width) {
        TableColumn<ShortcutLine, String> column = TextColumn.of(title, value);
        column.setPrefWidth(width);
        return column;
    }
}
