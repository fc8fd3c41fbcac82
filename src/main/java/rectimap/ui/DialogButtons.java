package rectimap.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/**
 * The buttons of the app's dialogs in the user's language: 确定, 取消, 关闭 (OK, Cancel, Close with {@code --lang en}).
 * JavaFX's own {@link ButtonType#OK} and friends, and the buttons an {@link Alert} adds by itself, take their text
 * from the JVM's language instead, so every dialog gets its buttons here (ArchitectureTest holds that). Compare an
 * answer with {@link #isOk}, not with a constant: each call makes a new button type.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    /** 确定: the button that goes ahead (default button, Enter). */
    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("button.ok"), ButtonData.OK_DONE);
    }

    /** 取消: leaves everything as it was (Esc). */
    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /** 关闭: closes a dialog that only shows something (Esc). */
    public static ButtonType close(Messages messages) {
        return new ButtonType(messages.get("button.close"), ButtonData.CANCEL_CLOSE);
    }

    /**
     * An alert saying {@code text} with {@code buttons}; without any, with the ones its type has by default in the
     * user's language: 确定 and 取消 for a confirmation, nothing for {@code NONE}, else 确定.
     */
    public static Alert alert(Messages messages, Alert.AlertType type, String text, ButtonType... buttons) {
        ButtonType[] shown = buttons.length > 0 ? buttons : switch (type) {
            case CONFIRMATION -> new ButtonType[] {ok(messages), cancel(messages)};
            case NONE -> new ButtonType[0];
            default -> new ButtonType[] {ok(messages)};
        };
        return new Alert(type, text, shown);
    }

    /**
     * Puts 确定 and 取消 on {@code pane}, with the ids {@code okId} and {@code cancelId} (test selectors and CSS
     * hooks); returns 确定's type, to compare a dialog's answer with.
     */
    public static ButtonType addOkCancel(DialogPane pane, Messages messages, String okId, String cancelId) {
        ButtonType ok = ok(messages);
        ButtonType cancel = cancel(messages);
        pane.getButtonTypes().addAll(ok, cancel);
        pane.lookupButton(ok).setId(okId);
        pane.lookupButton(cancel).setId(cancelId);
        return ok;
    }

    /** Whether {@code answer} goes ahead (确定 or another button marked OK_DONE); false for none (closed). */
    public static boolean isOk(ButtonType answer) {
        return answer != null && answer.getButtonData() == ButtonData.OK_DONE;
    }
}
