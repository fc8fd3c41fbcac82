package rectimap.render;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.InteriorPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.Feature;
import rectimap.model.Layer;

/**
 * The style-independent part of a {@link RenderLayer}: packed display shapes (full detail; coarser levels made on
 * first use by {@link LevelShapes}), envelopes, the spatial index (built on first use) and an id lookup. After an
 * edit, {@link #updatedTo} projects only the features that changed. Immutable after construction except the lazily
 * made levels, index and label anchors, whose writes are idempotent (any thread computes the same values), so a race
 * only repeats work.
 */
final class ProjectedFeatures {

    /** Features per parallel task when projecting a whole layer (big enough to amortise the task). */
    private static final int CHUNK = 4_096;
    /** Above this share of changed features an update projects the whole layer again (bulk is cheaper). */
    private static final double REBUILD_SHARE = 0.25;

    final Layer layer;
    final DisplayProjection projection;
    final Feature[] features;
    final byte[] dimension;
    /** The full-detail display shape of each feature. */
    final DisplayShape[] detail;
    final LevelShapes levels;
    final Envelope[] envelopes;
    final Envelope extent = new Envelope();
    /**
     * After {@link #updatedTo}: the index each feature had in the data it was updated from, or -1 when it was
     * projected anew; null after a whole-layer projection. Lets the style part reuse its per-feature work too.
     */
    final int[] source;
    private final FeatureIds ids;
    private final double[] anchors;
    private volatile FeatureIndex index;

    /** Projects every feature of the layer (in parallel chunks) and indexes nothing yet. */
    ProjectedFeatures(Layer layer, DisplayProjection projection) {
        this.layer = layer;
        this.projection = projection;
        features = layer.features().toArray(new Feature[0]);
        int n = features.length;
        dimension = new byte[n];
        envelopes = new Envelope[n];
        detail = new DisplayShape[n];
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel()
                .forEach(chunk -> project(chunk * CHUNK, Math.min(n, (chunk + 1) * CHUNK)));
        levels = new LevelShapes(n);
        source = null;
        ids = FeatureIds.of(features);
        anchors = new double[n * 2];
        Arrays.fill(anchors, Double.NaN);
        extendExtent();
    }

    /** The layer after an edit: unchanged features ({@code source[i] >= 0}) keep their projected data. */
    private ProjectedFeatures(ProjectedFeatures before, Layer layer, Feature[] features, int[] source,
                              int[] oldToNew, int[] fresh) {
        this.layer = layer;
        this.projection = before.projection;
        this.features = features;
        this.source = source;
        int n = features.length;
        dimension = new byte[n];
        envelopes = new Envelope[n];
        detail = new DisplayShape[n];
        anchors = new double[n * 2];
        for (int i = 0; i < n; i++) {
            int old = source[i];
            if (old >= 0) {
                dimension[i] = before.dimension[old];
                envelopes[i] = before.envelopes[old];
                detail[i] = before.detail[old];
                anchors[i * 2] = before.anchors[old * 2];
                anchors[i * 2 + 1] = before.anchors[old * 2 + 1];
            } else {
                project(i, i + 1);
                anchors[i * 2] = Double.NaN;
                anchors[i * 2 + 1] = Double.NaN;
            }
        }
        levels = before.levels.remapped(n, source);
        ids = FeatureIds.of(features);
        extendExtent();
        FeatureIndex old = before.index;
        if (old != null && old.pendingCount() + fresh.length <= FeatureIndex.MAX_PENDING) {
            index = old.patched(oldToNew, fresh, envelopes);
        }
    }

    /**
     * This data for {@code next}, a later state of the same layer: features that are the same instance as before
     * keep their projection, shapes and index entry; only new and changed ones are projected. Matching walks both
     * lists once in order (edits keep the order: a replaced feature keeps its place, an added one goes to the end);
     * any other order is still right, only slower, and beyond {@link #REBUILD_SHARE} changed the layer is projected
     * again as a whole.
     */
    ProjectedFeatures updatedTo(Layer next) {
        Feature[] now = next.features().toArray(new Feature[0]);
        int[] source = new int[now.length];
        int[] oldToNew = new int[features.length];
        Arrays.fill(oldToNew, -1);
        int[] fresh = new int[now.length];
        int freshCount = 0;
        int old = 0;
        for (int i = 0; i < now.length; i++) {
            Feature feature = now[i];
            while (old < features.length && features[old] != feature && features[old].id() != feature.id()) {
                old++;
            }
            if (old < features.length && features[old] == feature) {
                source[i] = old;
                oldToNew[old] = i;
            } else {
                source[i] = -1;
                fresh[freshCount++] = i;
            }
            if (old < features.length) {
                old++;
            }
        }
        if (freshCount > Math.max(64, REBUILD_SHARE * now.length)) {
            return new ProjectedFeatures(next, projection);
        }
        return new ProjectedFeatures(this, next, now, source, oldToNew, Arrays.copyOf(fresh, freshCount));
    }

    /** The spatial index, built on first use (a frame of the whole layer never needs it). */
    FeatureIndex index() {
        FeatureIndex built = index;
        if (built == null) {
            synchronized (this) {
                built = index;
                if (built == null) {
                    built = FeatureIndex.of(envelopes);
                    index = built;
                }
            }
        }
        return built;
    }

    boolean indexReady() {
        return index != null;
    }

    /** The shape of feature i at a generalisation level; null when it collapsed there (draw a dot). */
    DisplayShape shape(int i, int level) {
        return level == 0 ? detail[i] : levels.shape(i, level, detail[i], dimension[i]);
    }

    private void project(int from, int to) {
        for (int i = from; i < to; i++) {
            Geometry stored = features[i].geometry();
            dimension[i] = (byte) Math.max(0, stored.getDimension());
            detail[i] = projection.shape(stored);
            envelopes[i] = detail[i].envelope();
        }
    }

    private void extendExtent() {
        for (Envelope envelope : envelopes) {
            extent.expandToInclude(envelope);
        }
    }

    int indexOf(long featureId) {
        return ids.indexOf(featureId);
    }

    double[] labelAnchor(int i) {
        if (Double.isNaN(anchors[i * 2])) {
            double[] point = computeAnchor(i);
            anchors[i * 2] = point[0];
            anchors[i * 2 + 1] = point[1];
        }
        return new double[] {anchors[i * 2], anchors[i * 2 + 1]};
    }

    private double[] computeAnchor(int i) {
        if (dimension[i] == 2) {
            // The interior point of the stored geometry, projected: always inside, even for C-shaped townships.
            Geometry source = features[i].geometry();
            Coordinate inside = InteriorPoint.getInteriorPoint(source);
            return projection.point(inside.x, inside.y);
        }
        DisplayShape shape = detail[i];
        if (dimension[i] == 1) {
            return lineMidpoint(shape);
        }
        return new double[] {shape.xy[0], shape.xy[1]};
    }

    /** The point half-way along the longest part of a line shape. */
    private static double[] lineMidpoint(DisplayShape shape) {
        int bestPart = 0;
        double bestLength = -1;
        for (int p = 0; p < shape.partCount(); p++) {
            double length = partLength(shape, p);
            if (length > bestLength) {
                bestLength = length;
                bestPart = p;
            }
        }
        double remaining = bestLength / 2;
        double[] xy = shape.xy;
        for (int v = shape.partStart(bestPart); v < shape.partEnds[bestPart] - 1; v++) {
            double segment = Math.hypot(xy[v * 2 + 2] - xy[v * 2], xy[v * 2 + 3] - xy[v * 2 + 1]);
            if (segment >= remaining && segment > 0) {
                double t = remaining / segment;
                return new double[] {xy[v * 2] + t * (xy[v * 2 + 2] - xy[v * 2]),
                        xy[v * 2 + 1] + t * (xy[v * 2 + 3] - xy[v * 2 + 1])};
            }
            remaining -= segment;
        }
        int start = shape.partStart(bestPart);
        return new double[] {xy[start * 2], xy[start * 2 + 1]};
    }

    private static double partLength(DisplayShape shape, int part) {
        double length = 0;
        double[] xy = shape.xy;
        for (int v = shape.partStart(part); v < shape.partEnds[part] - 1; v++) {
            length += Math.hypot(xy[v * 2 + 2] - xy[v * 2], xy[v * 2 + 3] - xy[v * 2 + 1]);
        }
        return length;
    }
}
