package rectimap.edit;

import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * Finding the layer a display command is about. Display commands work on every layer, reference layers included:
 * those are read-only for their data, not for how they are shown.
 */
final class ShownLayer {
    private ShownLayer() {
    }

    /** The layer {@code tableName} of {@code project}; refused with NO_SUCH_LAYER when it is not there. */
    static MapLayer of(Project project, String tableName) throws CommandRefused {
        return project.layer(tableName).orElseThrow(() -> CommandRefused.of(RefusalReason.NO_SUCH_LAYER,
                "项目中没有图层 " + tableName, "the project has no layer " + tableName));
    }
}
