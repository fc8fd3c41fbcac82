package rectimap.edit;

import java.util.Objects;
import rectimap.model.ChangeSet;
import rectimap.model.LayerRules;
import rectimap.model.LayerStateChange;
import rectimap.model.LayerView;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * Sets one layer's opacity (0–1), as one step ("透明度 乡镇 60%"). The layer panel builds it once when the slider is
 * let go, from the opacity before the drag: a drag is one step.
 */
public record SetLayerOpacityCommand(String tableName, double opacity) implements EditCommand {
    public SetLayerOpacityCommand {
        Objects.requireNonNull(tableName, "tableName");
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be within 0..1: " + opacity);
        }
    }

    @Override
    public CommandResult build(Project project, LayerRules rules) throws CommandRefused {
        MapLayer layer = ShownLayer.of(project, tableName);
        LayerView shown = new LayerView(tableName, layer.visible(), opacity, layer.style());
        String name = "透明度 " + layer.info().title() + " " + Math.round(opacity * 100) + "%";
        return CommandResult.of(ChangeSet.ofLayerStates(name, LayerStateChange.of(project.layers(), shown)));
    }
}
