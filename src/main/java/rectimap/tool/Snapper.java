package rectimap.tool;

import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;

/**
 * Snapping to the vertices and segments of the visible layers within a tolerance in screen pixels (12 by default):
 * a vertex within the tolerance wins over any segment, and among vertices (or segments) the nearest wins. Candidates
 * come from each layer's spatial index ({@link RenderLayer#hits}), so only features near the pointer are examined.
 * One instance is shared by all tools; the S key toggles it ({@link #enabled()} feeds the status bar). Mutable;
 * FX application thread only.
 */
public final class Snapper {
    /** The default tolerance, in screen pixels. */
    public static final double DEFAULT_TOLERANCE_PX = 12;

    private SnapMode mode = SnapMode.ON;
    private double tolerancePx = DEFAULT_TOLERANCE_PX;
    private final DisplayGeometries displayCopies = new DisplayGeometries();

    public SnapMode mode() {
        return mode;
    }

    public boolean enabled() {
        return mode == SnapMode.ON;
    }

    public void setMode(SnapMode newMode) {
        mode = newMode;
    }

    /** Switches snapping on or off (the S key); returns the new mode. */
    public SnapMode toggle() {
        mode = enabled() ? SnapMode.OFF : SnapMode.ON;
        return mode;
    }

    public double tolerancePx() {
        return tolerancePx;
    }

    /** Sets the tolerance in screen pixels (positive). */
    public void setTolerancePx(double pixels) {
        if (!(pixels > 0)) {
            throw new IllegalArgumentException("snapping tolerance must be positive: " + pixels);
        }
        tolerancePx = pixels;
    }

    /** The snap for the pointer at screen ({@code screenX}, {@code screenY}); empty when off or nothing is near. */
    public Optional<SnapHit> snap(double screenX, double screenY, ToolContext context) {
        return snap(screenX, screenY, context, Set.of());
    }

    /**
     * As {@link #snap(double, double, ToolContext)} but ignoring the features in {@code excluded} (the feature whose
     * vertex is being dragged, so it does not stick to its own old position).
     */
    public Optional<SnapHit> snap(double screenX, double screenY, ToolContext context, Set<FeatureRef> excluded) {
        if (!enabled()) {
            return Optional.empty();
        }
        Viewport viewport = context.viewport();
        Coordinate pointer = new Coordinate(viewport.toMapX(screenX), viewport.toMapY(screenY));
        double toleranceM = tolerancePx * viewport.metresPerPixel();
        SnapSearch search = new SnapSearch(pointer, toleranceM);
        for (RenderLayer layer : context.visibleLayersTopFirst()) {
            LayerProjection projection = LayerProjection.of(layer.mapLayer());
            for (long id : layer.hits(pointer.x, pointer.y, toleranceM)) {
                FeatureRef ref = new FeatureRef(layer.tableName(), id);
                if (!excluded.contains(ref)) {
                    Feature feature = layer.featureById(id).orElseThrow();
                    search.examine(ref, displayCopies.of(feature.geometry(), projection));
                }
            }
        }
        return search.best(viewport.metresPerPixel());
    }

    /** The nearest vertex, else the nearest segment point, within the tolerance. */
    private static final class SnapSearch {
        private final Coordinate pointer;
        private final double toleranceM;
        private Coordinate bestVertex;
        private FeatureRef bestVertexOwner;
        private double bestVertexM = Double.POSITIVE_INFINITY;
        private Coordinate bestSegment;
        private FeatureRef bestSegmentOwner;
        private double bestSegmentM = Double.POSITIVE_INFINITY;

        SnapSearch(Coordinate pointer, double toleranceM) {
            this.pointer = pointer;
            this.toleranceM = toleranceM;
        }

        void examine(FeatureRef owner, Geometry display) {
            for (Coordinate[] path : EditableShape.of(display).paths()) {
                examinePath(owner, path);
            }
        }

        private void examinePath(FeatureRef owner, Coordinate[] path) {
            for (int i = 0; i < path.length; i++) {
                double d = path[i].distance(pointer);
                if (d <= toleranceM && d < bestVertexM) {
                    bestVertexM = d;
                    bestVertex = path[i];
                    bestVertexOwner = owner;
                }
                if (i > 0) {
                    Coordinate onSegment = new LineSegment(path[i - 1], path[i]).closestPoint(pointer);
                    double s = onSegment.distance(pointer);
                    if (s <= toleranceM && s < bestSegmentM) {
                        bestSegmentM = s;
                        bestSegment = onSegment;
                        bestSegmentOwner = owner;
                    }
                }
            }
        }

        Optional<SnapHit> best(double metresPerPixel) {
            if (bestVertex != null) {
                return Optional.of(new SnapHit(DisplayPoint.of(bestVertex), SnapTarget.VERTEX, bestVertexOwner,
                        bestVertexM / metresPerPixel));
            }
            if (bestSegment != null) {
                return Optional.of(new SnapHit(DisplayPoint.of(bestSegment), SnapTarget.SEGMENT, bestSegmentOwner,
                        bestSegmentM / metresPerPixel));
            }
            return Optional.empty();
        }
    }
}
