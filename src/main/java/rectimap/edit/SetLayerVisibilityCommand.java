package rectimap.edit;

import java.util.Objects;
import rectimap.model.ChangeSet;
import rectimap.model.LayerRules;
import rectimap.model.LayerStateChange;
import rectimap.model.LayerView;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/** Shows or hides one layer, as one step ("显示图层 村庄", "隐藏图层 道路"). Any layer, reference layers included. */
public record SetLayerVisibilityCommand(String tableName, boolean visible) implements EditCommand {
    public SetLayerVisibilityCommand {
        Objects.requireNonNull(tableName, "tableName");
    }

    public static SetLayerVisibilityCommand show(String tableName) {
        return new SetLayerVisibilityCommand(tableName, true);
    }

    public static SetLayerVisibilityCommand hide(String tableName) {
        return new SetLayerVisibilityCommand(tableName, false);
    }

    @Override
    public CommandResult build(Project project, LayerRules rules) throws CommandRefused {
        MapLayer layer = ShownLayer.of(project, tableName);
        LayerView shown = new LayerView(tableName, visible, layer.opacity(), layer.style());
        String name = (visible ? "显示图层 " : "隐藏图层 ") + layer.info().title();
        return CommandResult.of(ChangeSet.ofLayerStates(name, LayerStateChange.of(project.layers(), shown)));
    }
}
