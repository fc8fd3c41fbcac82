package rectimap.store;

import java.util.Objects;

/**
 * How one layer is shown in a project, as persisted in the project file: its place in the drawing order (0 is drawn
 * first, i.e. bottom), whether it is visible and its opacity (0–1).
 */
public record LayerDisplayState(String tableName, int drawOrder, boolean visible, double opacity) {
    public LayerDisplayState {
        Objects.requireNonNull(tableName, "tableName");
        if (opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("opacity must be within 0..1: " + opacity);
        }
    }
}
