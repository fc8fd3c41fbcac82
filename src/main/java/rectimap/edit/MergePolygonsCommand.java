package rectimap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import rectimap.geo.PolygonMerge;
import rectimap.model.BelongingFeatures;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.LayerRules;
import rectimap.model.Project;

/**
 * Merges polygon features of one planning layer into one: the {@code survivorId} feature keeps its id and attributes
 * (the user chose whose survive) and gets the union as geometry, with derived area recomputed; the others are
 * removed, and what belongs to them (their 照片 points, {@link BelongingFeatures}) moves to the survivor in the same
 * step. The union is clipped against same-kind neighbours outside the merge when overlap is avoided. Step name
 * "合并 3 个责任区".
 */
public record MergePolygonsCommand(String tableName, List<Long> ids, long survivorId, OverlapPolicy overlap)
        implements EditCommand {
    public MergePolygonsCommand {
        Objects.requireNonNull(tableName, "tableName");
        ids = List.copyOf(new java.util.LinkedHashSet<>(ids));
        Objects.requireNonNull(overlap, "overlap");
    }

    @Override
    public CommandResult build(Project project, LayerRules rules) throws CommandRefused {
        EditableLayer layer = EditableLayer.of(project, tableName, rules);
        if (ids.size() < 2 || !ids.contains(survivorId)) {
            throw CommandRefused.of(RefusalReason.TOO_FEW_TO_MERGE, "合并需要至少两个要素，并选定保留哪一个的属性",
                    "merging needs at least two features, one of them chosen to keep its attributes");
        }
        List<Feature> merging = layer.features(ids);
        for (Feature feature : merging) {
            if (!(feature.geometry() instanceof Polygonal)) {
                throw CommandRefused.of(RefusalReason.NOT_A_POLYGON, "只能合并面要素", "only polygons can be merged");
            }
        }
        Feature survivor = layer.feature(survivorId);
        Geometry union = PolygonMerge.union(merging.stream().map(Feature::geometry).toList());
        Geometry accepted = GeometryIntake.accept(layer.info(), union);
        OverlapGuard.Outcome avoided = OverlapGuard.apply(layer, rules, overlap, survivorId, accepted,
                survivor.attributes(), ids);
        Geometry stored = GeometryIntake.accept(layer.info(), avoided.geometry());
        Feature merged = FeatureFinisher.finish(layer.info(), rules, survivor, survivorId, stored,
                survivor.attributes());
        List<FeatureChange> changes = new ArrayList<>();
        for (Feature feature : merging) {
            changes.add(feature.id() == survivorId ? FeatureChange.replaced(tableName, survivor, merged)
                    : FeatureChange.removed(tableName, feature));
        }
        changes.addAll(BelongingFeatures.movedWith(project, tableName,
                merging.stream().filter(f -> f.id() != survivorId).toList(), belonging -> survivorId));
        return new CommandResult(new ChangeSet(layer.stepName("合并", merging), changes),
                avoided.report().stream().toList());
    }
}
