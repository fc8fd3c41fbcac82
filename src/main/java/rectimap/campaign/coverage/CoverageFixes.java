package rectimap.campaign.coverage;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.geo.Epsg;
import rectimap.geo.Measure;
import rectimap.model.ChangeSet;
import rectimap.model.DerivedFields;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * The one-click fixes, each one named undoable step that replaces one responsibility area (areas recomputed,
 * stored as MULTIPOLYGON): a gap goes to the zone sharing the longest edge with it ("补齐空白 解州镇 → 张某责任区");
 * an overlap is cut from the zone the user chose ("切除重叠 李某责任区(与 张某责任区)"). Pure: the caller executes
 * the step through its edit session.
 */
public final class CoverageFixes {
    private CoverageFixes() {
    }

    /**
     * The step giving {@code gap} to the neighbour sharing the longest edge with it.
     *
     * @throws FixRefused when the problem is not a gap, no zone borders it, or the zone is gone
     */
    public static ChangeSet fillGap(Project project, CoverageProblem gap) throws FixRefused {
        Feature zone = receivingZone(project, gap);
        Geometry grown = PolygonPieces.union(zone.geometry(), gap.lonLat());
        return new ChangeSet("补齐空白 " + gap.parentName() + " → " + nameOf(zone) + "责任区",
                List.of(replaced(project, zone, grown)));
    }

    /**
     * What {@link #fillGap} would do: the zone receiving the gap, the area moved and the zone's area before and
     * after (ellipsoidal m²), so the user sees it first and confirms a large fill.
     *
     * @throws FixRefused as {@link #fillGap} does
     */
    public static GapFill previewFill(Project project, CoverageProblem gap) throws FixRefused {
        Feature zone = receivingZone(project, gap);
        Geometry grown = PolygonPieces.union(zone.geometry(), gap.lonLat());
        return new GapFill(zone.id(), nameOf(zone), gap.areaM2(), Measure.areaM2(zone.geometry()),
                Measure.areaM2(grown));
    }

    private static Feature receivingZone(Project project, CoverageProblem gap) throws FixRefused {
        if (gap.kind() != ProblemKind.GAP && gap.kind() != ProblemKind.SLIVER_GAP) {
            throw new FixRefused("只有空白可以补齐", "only a gap can be filled");
        }
        if (gap.zoneIds().isEmpty()) {
            throw new FixRefused("这块空白不与任何责任区相邻，请手工绘制责任区",
                    "no responsibility area borders this gap; draw one by hand");
        }
        return zone(project, gap.zoneIds().get(0));
    }

    /**
     * The step cutting {@code overlap} out of zone {@code fromZoneId} (one of the two overlapping zones).
     *
     * @throws FixRefused when the problem is not an overlap, the zone is not one of its two, is gone, or would be
     *                    cut away entirely
     */
    public static ChangeSet cutOverlap(Project project, CoverageProblem overlap, long fromZoneId) throws FixRefused {
        if (overlap.kind() != ProblemKind.OVERLAP && overlap.kind() != ProblemKind.SLIVER_OVERLAP) {
            throw new FixRefused("只有重叠可以切除", "only an overlap can be cut");
        }
        if (!overlap.zoneIds().contains(fromZoneId)) {
            throw new FixRefused("责任区 " + fromZoneId + " 不是重叠的两方之一",
                    "area " + fromZoneId + " is not one of the two overlapping areas");
        }
        long otherId = overlap.zoneIds().stream().filter(id -> id != fromZoneId).findFirst().orElse(fromZoneId);
        Feature zone = zone(project, fromZoneId);
        Feature other = zone(project, otherId);
        Geometry cut = PolygonPieces.difference(zone.geometry(), overlap.lonLat());
        if (cut.isEmpty()) {
            throw new FixRefused(nameOf(zone) + "责任区会被整个切掉，请改为删除它",
                    "the whole area would be cut away; delete it instead");
        }
        return new ChangeSet("切除重叠 " + nameOf(zone) + "责任区（与 " + nameOf(other) + "责任区）",
                List.of(replaced(project, zone, cut)));
    }

    /** The person answering for a zone, else its unit, else its id: the name fixes use in step names. */
    public static String nameOf(Feature zone) {
        String name = zone.text("person").isBlank() ? zone.text("unit") : zone.text("person");
        return name.isBlank() ? String.valueOf(zone.id()) : name;
    }

    private static FeatureChange replaced(Project project, Feature zone, Geometry shape) {
        MultiPolygon stored = asMulti(shape);
        Feature after = DerivedFields.recompute(areas(project).info().type(),
                new Feature(zone.id(), stored, zone.attributes()));
        return FeatureChange.replaced(ResponsibilityAreaSchema.TABLE, zone, after);
    }

    private static MultiPolygon asMulti(Geometry shape) {
        List<Polygon> parts = PolygonPieces.pieces(shape);
        MultiPolygon multi = shape.getFactory().createMultiPolygon(parts.toArray(Polygon[]::new));
        multi.setSRID(Epsg.CGCS2000);
        return multi;
    }

    private static Feature zone(Project project, long id) throws FixRefused {
        return areas(project).feature(id).orElseThrow(() -> new FixRefused(
                "责任区 " + id + " 已不存在，请重新检查", "responsibility area " + id + " no longer exists; check again"));
    }

    private static Layer areas(Project project) {
        return project.layer(ResponsibilityAreaSchema.TABLE).map(MapLayer::layer)
                .orElse(new Layer(ResponsibilityAreaSchema.schema().info(), List.of()));
    }
}
