package rectimap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import rectimap.model.ChangeSet;
import rectimap.model.LayerRules;
import rectimap.model.LayerStateChange;
import rectimap.model.LayerView;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * Moves one layer to another place in the drawing order, as one step ("调整图层顺序 责任区").
 *
 * @param drawIndex the layer's new index in the drawing order, 0 = bottom (drawn first)
 */
public record MoveLayerCommand(String tableName, int drawIndex) implements EditCommand {
    public MoveLayerCommand {
        Objects.requireNonNull(tableName, "tableName");
    }

    @Override
    public CommandResult build(Project project, LayerRules rules) throws CommandRefused {
        MapLayer layer = ShownLayer.of(project, tableName);
        List<MapLayer> layers = project.layers();
        if (drawIndex < 0 || drawIndex >= layers.size()) {
            throw CommandRefused.of(RefusalReason.NO_SUCH_LAYER, "图层位置 " + drawIndex + " 超出 0.." + (layers.size() - 1),
                    "layer position " + drawIndex + " outside 0.." + (layers.size() - 1));
        }
        List<LayerView> before = layers.stream().map(LayerView::of).toList();
        List<LayerView> after = new ArrayList<>(before);
        after.remove(layers.indexOf(layer));
        after.add(drawIndex, LayerView.of(layer));
        return CommandResult.of(ChangeSet.ofLayerStates("调整图层顺序 " + layer.info().title(),
                new LayerStateChange(before, after)));
    }
}
