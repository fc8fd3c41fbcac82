package rectimap.tool;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A key pressed while the map has the focus. Immutable. */
public record KeyInput(Key key, Set<Modifier> modifiers) {
    public KeyInput {
        Objects.requireNonNull(key, "key");
        modifiers = Collections.unmodifiableSet(modifiers.isEmpty() ? EnumSet.noneOf(Modifier.class)
                : EnumSet.copyOf(modifiers));
    }

    /** Whether this is the snapping toggle: S alone (Ctrl+S and Ctrl+Shift+S belong to the File menu). */
    public boolean isSnapToggle() {
        return key == Key.S && modifiers.isEmpty();
    }

    /** The key without modifiers. */
    public static KeyInput of(Key key) {
        return new KeyInput(key, Set.of());
    }
}
