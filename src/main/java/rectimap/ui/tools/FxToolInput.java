package rectimap.ui.tools;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import rectimap.tool.Key;
import rectimap.tool.KeyInput;
import rectimap.tool.Modifier;
import rectimap.tool.PointerButton;
import rectimap.tool.PointerEvent;
import rectimap.tool.PointerKind;

/** Turns JavaFX mouse and key events into the tools' own input records (coordinates in map-view pixels). */
public final class FxToolInput {
    private FxToolInput() {
    }

    public static PointerEvent pointer(PointerKind kind, MouseEvent e) {
        return new PointerEvent(kind, e.getX(), e.getY(), button(e.getButton()), modifiers(e.isShiftDown(),
                e.isControlDown() || e.isMetaDown(), e.isAltDown()));
    }

    /** The tools' key for a JavaFX key event, when the tools care about it. */
    public static Optional<KeyInput> key(KeyEvent e) {
        Key key = switch (e.getCode()) {
            case ENTER -> Key.ENTER;
            case ESCAPE -> Key.ESCAPE;
            case BACK_SPACE -> Key.BACKSPACE;
            case DELETE -> Key.DELETE;
            case S -> Key.S;
            default -> null;
        };
        return key == null ? Optional.empty()
                : Optional.of(new KeyInput(key, modifiers(e.isShiftDown(), e.isShortcutDown(), e.isAltDown())));
    }

    private static PointerButton button(MouseButton button) {
        return switch (button) {
            case PRIMARY -> PointerButton.PRIMARY;
            case SECONDARY -> PointerButton.SECONDARY;
            case MIDDLE -> PointerButton.MIDDLE;
            default -> PointerButton.NONE;
        };
    }

    private static Set<Modifier> modifiers(boolean shift, boolean ctrl, boolean alt) {
        Set<Modifier> set = EnumSet.noneOf(Modifier.class);
        if (shift) {
            set.add(Modifier.SHIFT);
        }
        if (ctrl) {
            set.add(Modifier.CTRL);
        }
        if (alt) {
            set.add(Modifier.ALT);
        }
        return set;
    }
}
