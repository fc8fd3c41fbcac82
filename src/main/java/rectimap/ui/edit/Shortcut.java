package rectimap.ui.edit;

import java.util.Objects;

/**
 * One line of the shortcuts sheet: the action, its keys as JavaFX key-combination text ({@code "Shortcut+Z"}, ready
 * for {@code KeyCombination.keyCombination}; "" when the action is mouse-only), the mouse gesture ({@link Gesture#NONE}
 * when keyboard-only), the sheet group and what it does in Chinese and English. "Shortcut" is Ctrl on Windows and
 * Linux, ⌘ on macOS.
 */
public record Shortcut(ShortcutAction action, ShortcutGroup group, String keys, Gesture gesture,
                       String descriptionZh, String descriptionEn) {
    public Shortcut {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(gesture, "gesture");
        Objects.requireNonNull(descriptionZh, "descriptionZh");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        if (keys.isEmpty() && gesture == Gesture.NONE) {
            throw new IllegalArgumentException(action + " has neither keys nor a gesture");
        }
    }

    /** Whether the keys can be a menu accelerator (a key combination, as opposed to a mouse-only action). */
    public boolean hasKeys() {
        return !keys.isEmpty();
    }
}
