package rectimap.edit;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.LayerRules;
import rectimap.model.Project;

/**
 * Gives one feature a new geometry (EPSG:4490 lon/lat) — the end of a vertex drag, an insert or delete of a vertex,
 * a whole-feature drag — as one step, however many pointer events it took. The geometry is checked, fitted, clipped
 * against same-kind neighbours when overlap is avoided, and the derived fields recomputed. Step name e.g.
 * "编辑节点 解州镇-3 责任区".
 */
public record ReplaceGeometryCommand(String tableName, long id, Geometry lonLat, GeometryEdit edit,
                                     OverlapPolicy overlap) implements EditCommand {
    public ReplaceGeometryCommand {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(lonLat, "lonLat");
        Objects.requireNonNull(edit, "edit");
        Objects.requireNonNull(overlap, "overlap");
    }

    @Override
    public CommandResult build(Project project, LayerRules rules) throws CommandRefused {
        EditableLayer layer = EditableLayer.of(project, tableName, rules);
        Feature before = layer.feature(id);
        Geometry accepted = GeometryIntake.accept(layer.info(), lonLat);
        OverlapGuard.Outcome avoided = OverlapGuard.apply(layer, rules, overlap, id, accepted, before.attributes(),
                List.of(id));
        Geometry stored = GeometryIntake.accept(layer.info(), avoided.geometry());
        Feature after = FeatureFinisher.finish(layer.info(), rules, before, id, stored, before.attributes());
        ChangeSet step = new ChangeSet(layer.stepName(edit.verbZh(), List.of(before)),
                List.of(FeatureChange.replaced(tableName, before, after)));
        return new CommandResult(step, avoided.report().stream().toList());
    }
}
