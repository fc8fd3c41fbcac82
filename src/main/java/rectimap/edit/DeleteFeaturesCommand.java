package rectimap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import rectimap.model.BelongingFeatures;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.LayerRules;
import rectimap.model.Project;

/**
 * Deletes selected features of one planning layer in one step ("删除 解州镇-3 责任区", "删除 3 个责任区"), with the
 * features belonging to them (a case's 照片 points, {@link BelongingFeatures}), so undo brings both back.
 */
public record DeleteFeaturesCommand(String tableName, List<Long> ids) implements EditCommand {
    public DeleteFeaturesCommand {
        Objects.requireNonNull(tableName, "tableName");
        ids = List.copyOf(new java.util.LinkedHashSet<>(ids));
    }

    @Override
    public CommandResult build(Project project, LayerRules rules) throws CommandRefused {
        EditableLayer layer = EditableLayer.of(project, tableName, rules);
        List<Feature> doomed = layer.features(ids);
        List<FeatureChange> changes = new ArrayList<>(doomed.size());
        for (Feature feature : doomed) {
            changes.add(FeatureChange.removed(tableName, feature));
        }
        changes.addAll(BelongingFeatures.removedWith(project, tableName, doomed));
        return CommandResult.of(new ChangeSet(layer.stepName("删除", doomed), changes));
    }
}
