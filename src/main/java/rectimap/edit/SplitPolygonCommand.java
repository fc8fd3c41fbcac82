package rectimap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import rectimap.geo.PolygonSplit;
import rectimap.model.BelongingFeatures;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.LayerRules;
import rectimap.model.Project;

/**
 * Splits one polygon feature by a drawn line (EPSG:4490 lon/lat) into parts: the original is removed and each part
 * becomes a new feature with its attributes, a new id (the layer's next free ids, largest part first) and its own
 * derived area. What belongs to the original (its 照片 points, {@link BelongingFeatures}) moves in the same step to
 * the part it lies in, else to the largest part. Refused when the line does not cross the polygon from side to
 * side. Step name "拆分 解州镇-3 责任区".
 */
public record SplitPolygonCommand(String tableName, long id, LineString cutLonLat) implements EditCommand {
    public SplitPolygonCommand {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(cutLonLat, "cutLonLat");
    }

    @Override
    public CommandResult build(Project project, LayerRules rules) throws CommandRefused {
        EditableLayer layer = EditableLayer.of(project, tableName, rules);
        Feature original = layer.feature(id);
        if (!(original.geometry() instanceof Polygonal)) {
            throw CommandRefused.of(RefusalReason.NOT_A_POLYGON, "只能拆分面要素", "only polygons can be split");
        }
        List<Polygon> parts = PolygonSplit.split(original.geometry(), cutLonLat);
        if (parts.isEmpty()) {
            throw CommandRefused.of(RefusalReason.LINE_DOES_NOT_SPLIT,
                    "拆分线没有完整穿过 " + layer.nameOf(original) + "，请从面外画到面外",
                    "the line does not cross " + layer.nameOf(original) + " from side to side");
        }
        List<FeatureChange> changes = new ArrayList<>();
        changes.add(FeatureChange.removed(tableName, original));
        long nextId = layer.nextId();
        List<Feature> pieces = new ArrayList<>();
        for (Polygon part : parts) {
            Geometry stored = GeometryIntake.accept(layer.info(), part);
            // the parts are the original's pieces, so its rules held and a lifecycle move cannot happen here
            Feature piece = FeatureFinisher.finish(layer.info(), rules, null, nextId++, stored,
                    original.attributes());
            changes.add(FeatureChange.added(tableName, piece));
            pieces.add(piece);
        }
        changes.addAll(BelongingFeatures.movedWith(project, tableName, List.of(original),
                belonging -> partHolding(pieces, belonging.geometry()).id()));
        return CommandResult.of(new ChangeSet(layer.stepName("拆分", List.of(original)), changes));
    }

    /** The part {@code place} lies in (on a cut line: the first such), else the largest (the first). */
    private static Feature partHolding(List<Feature> pieces, Geometry place) {
        return pieces.stream().filter(piece -> place != null && piece.geometry().covers(place)).findFirst()
                .orElse(pieces.get(0));
    }
}
