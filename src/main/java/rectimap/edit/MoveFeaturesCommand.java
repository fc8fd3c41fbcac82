package rectimap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.LayerRules;
import rectimap.model.Project;

/**
 * Moves selected features of one planning layer by an offset in display metres (EPSG:4546 easting/northing, what
 * the pointer dragged): each geometry is projected, translated and brought back to EPSG:4490, so a feature keeps its
 * shape on the ground. Moved polygons are clipped against same-kind neighbours that did not move. One step
 * ("移动 解州镇-3 责任区", "移动 2 个责任区"); an offset of zero makes an empty step, which the session ignores.
 */
public record MoveFeaturesCommand(String tableName, List<Long> ids, double dxM, double dyM, OverlapPolicy overlap)
        implements EditCommand {
    public MoveFeaturesCommand {
        Objects.requireNonNull(tableName, "tableName");
        ids = List.copyOf(new java.util.LinkedHashSet<>(ids));
        Objects.requireNonNull(overlap, "overlap");
    }

    @Override
    public CommandResult build(Project project, LayerRules rules) throws CommandRefused {
        EditableLayer layer = EditableLayer.of(project, tableName, rules);
        List<Feature> moving = layer.features(ids);
        if (dxM == 0 && dyM == 0) {
            // a click without a drag: no step, rather than coordinates nudged by a projection round trip
            return CommandResult.of(new ChangeSet(layer.stepName("移动", moving), List.of()));
        }
        CrsTransform toDisplay = CrsTransform.between(layer.info().srid(), Epsg.CGCS2000_GK_CM_111E);
        CrsTransform toStored = CrsTransform.between(Epsg.CGCS2000_GK_CM_111E, layer.info().srid());
        AffineTransformation shift = AffineTransformation.translationInstance(dxM, dyM);
        List<FeatureChange> changes = new ArrayList<>();
        List<ClipReport> clips = new ArrayList<>();
        for (Feature before : moving) {
            Geometry moved = toStored.apply(shift.transform(toDisplay.apply(before.geometry())));
            Geometry accepted = GeometryIntake.accept(layer.info(), moved);
            OverlapGuard.Outcome avoided = OverlapGuard.apply(layer, rules, overlap, before.id(), accepted,
                    before.attributes(), ids);
            avoided.report().ifPresent(clips::add);
            Geometry stored = GeometryIntake.accept(layer.info(), avoided.geometry());
            Feature after = FeatureFinisher.finish(layer.info(), rules, before, before.id(), stored,
                    before.attributes());
            changes.add(FeatureChange.replaced(tableName, before, after));
        }
        return new CommandResult(new ChangeSet(layer.stepName("移动", moving), changes), clips);
    }
}
