package rectimap.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;
import rectimap.edit.CommandRefused;
import rectimap.edit.CommandResult;
import rectimap.edit.SplitPolygonCommand;
import rectimap.model.ChangeApplier;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.LayerRole;
import rectimap.model.Project;
import rectimap.render.RenderLayer;

/**
 * Splits polygons by a drawn line: click the line's vertices across a selected polygon (or, with nothing selected,
 * across polygons of the active layer), then Enter / double-click. Each polygon the line crosses from side to side
 * is replaced by its parts ({@link SplitPolygonCommand}: new features with the next free ids, largest first, the
 * original's attributes, derived areas recomputed). All in ONE step ("拆分 解州镇-3 责任区"). The cut is made in the
 * layer's CRS, so untouched boundary vertices keep their stored values. A line that splits nothing is refused.
 */
public final class SplitTool extends VertexDrawingTool {

    @Override
    Geometry shape(List<DisplayPoint> points) {
        return lineOrPoint(points);
    }

    @Override
    ToolText statusFor(Geometry preview, int pointCount) {
        return ToolText.of("tool.splitLine", MeasureText.lengthOf(preview));
    }

    @Override
    Optional<ToolProblem> complete(List<DisplayPoint> points, ToolContext context) {
        if (points.size() < 2) {
            return Optional.of(new ToolProblem(ToolText.of("tool.splitTooFew"), points.get(0)));
        }
        LineString line = DISPLAY.createLineString(coordinates(points, false));
        // Each split is built on the project after the previous one, so new ids never collide; one step in all.
        Project project = context.basis().project();
        List<FeatureChange> changes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ToolProblem firstRefusal = null;
        for (LayeredFeature target : candidates(line, context)) {
            LineString cut = (LineString) target.projection().toStorage(line);
            SplitPolygonCommand command = new SplitPolygonCommand(target.layer().tableName(), target.feature().id(),
                    cut);
            try {
                ChangeSet step = command.build(project, context.basis().rules()).changes();
                project = ChangeApplier.apply(project, step);
                changes.addAll(step.changes());
                names.add(step.name());
            } catch (CommandRefused refused) {
                firstRefusal = firstRefusal != null ? firstRefusal
                        : CommandOutcome.problemOf(refused, target.projection());
            }
        }
        if (names.isEmpty()) {
            return Optional.of(firstRefusal != null ? firstRefusal
                    : new ToolProblem(ToolText.of("tool.splitMisses"), points.get(0)));
        }
        String name = names.size() == 1 ? names.get(0) : "拆分 " + names.size() + " 个要素";
        context.emit(new ToolResult.Edit(CommandResult.of(new ChangeSet(name, changes))));
        return Optional.empty();
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
