package rectimap.tool;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A pointer event on the map surface, in screen pixels of the map canvas (origin top left, y down) — the same pixels
 * as {@link rectimap.render.Viewport}. Immutable.
 */
public record PointerEvent(PointerKind kind, double screenX, double screenY, PointerButton button,
                           Set<Modifier> modifiers) {
    public PointerEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(button, "button");
        modifiers = Collections.unmodifiableSet(modifiers.isEmpty() ? EnumSet.noneOf(Modifier.class)
                : EnumSet.copyOf(modifiers));
    }

    /** An event with the primary button and no modifiers. */
    public static PointerEvent of(PointerKind kind, double screenX, double screenY) {
        PointerButton button = kind == PointerKind.MOVE ? PointerButton.NONE : PointerButton.PRIMARY;
        return new PointerEvent(kind, screenX, screenY, button, Set.of());
    }

    public boolean has(Modifier modifier) {
        return modifiers.contains(modifier);
    }

    public boolean isSecondary() {
        return button == PointerButton.SECONDARY;
    }
}
