package rectimap.edit;

import java.util.Objects;
import rectimap.model.ChangeSet;
import rectimap.model.LayerRules;
import rectimap.model.LayerStateChange;
import rectimap.model.LayerView;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.style.LayerStyle;

/**
 * Gives one layer a new style (the style dialog's result), as one step ("修改样式 责任区"). Reference layers too:
 * their data are read-only, their look is the user's.
 */
public record SetLayerStyleCommand(String tableName, LayerStyle style) implements EditCommand {
    public SetLayerStyleCommand {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(style, "style");
    }

    @Override
    public CommandResult build(Project project, LayerRules rules) throws CommandRefused {
        MapLayer layer = ShownLayer.of(project, tableName);
        LayerView shown = new LayerView(tableName, layer.visible(), layer.opacity(), style);
        return CommandResult.of(ChangeSet.ofLayerStates("修改样式 " + layer.info().title(),
                LayerStateChange.of(project.layers(), shown)));
    }
}
