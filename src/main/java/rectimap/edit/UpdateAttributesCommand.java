package rectimap.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.Field;
import rectimap.model.LayerRules;
import rectimap.model.Project;

/**
 * Changes typed attribute values of one feature (the attribute form's OK): {@code changes} holds only the fields the
 * user changed (a null value clears one). The result must pass the layer's rules, including lifecycle moves such as
 * the demolition status; derived fields cannot be typed. Changing a responsibility area's kind so that it overlaps
 * areas of its new kind is refused (its shape is not clipped behind the user's back). Step name "修改 解州镇-3 责任区 属性".
 */
public record UpdateAttributesCommand(String tableName, long id, Map<String, Object> changes) implements EditCommand {
    public UpdateAttributesCommand {
        Objects.requireNonNull(tableName, "tableName");
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    @Override
    public CommandResult build(Project project, LayerRules rules) throws CommandRefused {
        EditableLayer layer = EditableLayer.of(project, tableName, rules);
        Feature before = layer.feature(id);
        for (String name : changes.keySet()) {
            if (layer.info().type().field(name).map(Field::isDerived).orElse(false)) {
                throw CommandRefused.of(RefusalReason.DERIVED_FIELD, name + " 由几何计算得出，不能手工填写",
                        name + " is computed from the geometry and cannot be typed");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>(before.attributes());
        values.putAll(changes);
        Feature after = FeatureFinisher.finish(layer.info(), rules, before, id, before.geometry(), values);
        OverlapGuard.refuseNewOverlap(layer, rules, before, after);
        if (after.equals(before)) {
            return CommandResult.of(new ChangeSet(layer.stepName("修改", List.of(before)) + " 属性", List.of()));
        }
        return CommandResult.of(new ChangeSet(layer.stepName("修改", List.of(before)) + " 属性",
                List.of(FeatureChange.replaced(tableName, before, after))));
    }
}
