package rectimap.tool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import rectimap.geo.PolygonSplit;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.LayerRole;
import rectimap.render.RenderLayer;

/**
 * Splits polygons by a drawn line: click the line's vertices across a selected polygon (or, with nothing selected,
 * across polygons of the active layer), then Enter / double-click. Each polygon the line crosses from side to side
 * becomes its parts: the largest keeps the feature's id and attributes, the others are new features (next free ids)
 * with the same attributes; derived areas are recomputed. All in ONE step ("拆分 解州镇-3 责任区"). The split is made
 * in the layer's CRS, so untouched boundary vertices keep their stored values. A line that splits nothing is refused.
 */
public final class SplitTool extends VertexDrawingTool {

    @Override
    Geometry shape(List<DisplayPoint> points) {
        return lineOrPoint(points);
    }

    @Override
    String statusFor(Geometry preview, int pointCount) {
        return "分割线 " + MeasureText.lengthOf(preview);
    }

    @Override
    Optional<ToolProblem> complete(List<DisplayPoint> points, ToolContext context) {
        if (points.size() < 2) {
            return Optional.of(new ToolProblem("分割线至少需要 2 个顶点", points.get(0)));
        }
        LineString line = DISPLAY.createLineString(coordinates(points, false));
        List<LayeredFeature> split = new ArrayList<>();
        List<FeatureChange> changes = new ArrayList<>();
        Map<String, Long> nextIds = new HashMap<>();
        for (LayeredFeature target : candidates(line, context)) {
            LineString stored = (LineString) target.projection().toStorage(line);
            List<Polygon> parts = PolygonSplit.split(target.feature().geometry(), stored);
            if (!parts.isEmpty()) {
                split.add(target);
                changes.addAll(changesFor(target, parts, nextIds));
            }
        }
        if (split.isEmpty()) {
            return Optional.of(new ToolProblem("分割线须从一侧完全穿过所选的面", points.get(0)));
        }
        context.emit(new ToolResult.Edit(new ChangeSet(StepNames.of("拆分", split), changes)));
        return Optional.empty();
    }

    private static List<FeatureChange> changesFor(LayeredFeature target, List<Polygon> parts, Map<String, Long> next) {
        String table = target.layer().tableName();
        long nextId = next.computeIfAbsent(table, t -> target.layer().layer().features().stream()
                .mapToLong(Feature::id).max().orElse(0) + 1);
        Feature before = target.feature();
        List<FeatureChange> changes = new ArrayList<>();
        changes.add(FeatureChange.replaced(table, before, withPart(target, before, parts.get(0))));
        for (Polygon part : parts.subList(1, parts.size())) {
            Feature piece = new Feature(nextId++, part, before.attributes());
            changes.add(FeatureChange.added(table, withPart(target, piece, part)));
        }
        next.put(table, nextId);
        return changes;
    }

    private static Feature withPart(LayeredFeature target, Feature feature, Polygon part) {
        part.setSRID(target.feature().geometry().getSRID());
        return FeatureDraft.withGeometry(target.layer().info().type(), feature, part);
    }

    /** The selected polygons of planning layers; with none selected, the active layer's polygons the line meets. */
    private static List<LayeredFeature> candidates(LineString line, ToolContext context) {
        List<LayeredFeature> selected = EditableSelection.of(context).stream()
                .filter(f -> f.feature().geometry() instanceof Polygonal).toList();
        if (!context.selection().isEmpty()) {
            return selected;
        }
        Optional<RenderLayer> active = context.activeLayer();
        if (active.isEmpty() || active.get().mapLayer().info().role() != LayerRole.PLANNING) {
            return List.of();
        }
        RenderLayer layer = active.get();
        LayerProjection projection = LayerProjection.of(layer.mapLayer());
        var centre = line.getEnvelopeInternal().centre();
        double radius = Math.hypot(line.getEnvelopeInternal().getWidth(), line.getEnvelopeInternal().getHeight()) / 2;
        List<LayeredFeature> crossed = new ArrayList<>();
        for (long id : layer.hits(centre.x, centre.y, radius)) {
            Feature feature = layer.featureById(id).orElseThrow();
            if (feature.geometry() instanceof Polygonal && projection.toDisplay(feature.geometry()).intersects(line)) {
                crossed.add(new LayeredFeature(layer.mapLayer(), feature));
            }
        }
        // hits() is nearest first; id order makes the step the same however the line was drawn.
        crossed.sort(java.util.Comparator.comparingLong(f -> f.feature().id()));
        return crossed;
    }
}
