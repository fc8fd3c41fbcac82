package rectimap.render;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.locationtech.jts.algorithm.InteriorPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import rectimap.model.Feature;
import rectimap.model.Layer;

/**
 * The style-independent part of a {@link RenderLayer}: packed display shapes per generalisation level, envelopes,
 * the STRtree and an id lookup. Immutable after construction except the lazily filled label anchors, whose writes
 * are idempotent (any thread computes the same values), so a race only repeats work.
 */
final class ProjectedFeatures {

    /** A generalised copy is kept only when it has at most this fraction of the finer level's vertices. */
    private static final double WORTH_A_LEVEL = 0.7;

    final Layer layer;
    final UnaryOperator<Geometry> toDisplay;
    final Feature[] features;
    final byte[] dimension;
    /** shapes[level][feature]; level 0 is full detail. */
    final DisplayShape[][] shapes;
    final Envelope[] envelopes;
    final Envelope extent = new Envelope();
    final STRtree index;
    private final long[] sortedIds;
    private final int[] indexBySortedId;
    private final double[] anchors;

    ProjectedFeatures(Layer layer, UnaryOperator<Geometry> toDisplay) {
        this.layer = layer;
        this.toDisplay = toDisplay;
        features = layer.features().toArray(new Feature[0]);
        int n = features.length;
        dimension = new byte[n];
        envelopes = new Envelope[n];
        shapes = new DisplayShape[RenderLayer.LEVEL_METRES_PER_PIXEL.length + 1][n];
        index = new STRtree();
        for (int i = 0; i < n; i++) {
            Geometry display = toDisplay.apply(features[i].geometry());
            dimension[i] = (byte) Math.max(0, display.getDimension());
            envelopes[i] = display.getEnvelopeInternal();
            extent.expandToInclude(envelopes[i]);
            if (!display.isEmpty()) {
                index.insert(envelopes[i], i);
            }
            shapes[0][i] = DisplayShape.of(display);
            for (int level = 1; level < shapes.length; level++) {
                shapes[level][i] = coarser(shapes[level - 1][i], level, dimension[i]);
            }
        }
        index.build();
        sortedIds = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(features[a].id(), features[b].id()));
        indexBySortedId = new int[n];
        for (int k = 0; k < n; k++) {
            sortedIds[k] = features[order[k]].id();
            indexBySortedId[k] = order[k];
        }
        anchors = new double[n * 2];
        Arrays.fill(anchors, Double.NaN);
    }

    /**
     * The shape for {@code level} from the next finer one. A simplification that keeps more than
     * {@link #WORTH_A_LEVEL} of the vertices is not stored: the finer shape is shared instead (drawing a few extra
     * vertices costs less than the memory of another copy, and the tracer drops sub-pixel steps anyway).
     */
    private static DisplayShape coarser(DisplayShape finer, int level, int dimension) {
        if (finer == null || dimension == 0) {
            return finer;
        }
        double tolerance = 0.5 * RenderLayer.LEVEL_METRES_PER_PIXEL[level - 1];
        DisplayShape simplified = Generalisation.simplify(finer, tolerance, dimension == 2);
        if (simplified != null && simplified.vertexCount() > WORTH_A_LEVEL * finer.vertexCount()) {
            return finer;
        }
        return simplified;
    }

    int indexOf(long featureId) {
        int k = Arrays.binarySearch(sortedIds, featureId);
        return k < 0 ? -1 : indexBySortedId[k];
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
            Geometry projected = toDisplay.apply(source.getFactory().createPoint(inside));
            return new double[] {projected.getCoordinate().x, projected.getCoordinate().y};
        }
        DisplayShape shape = shapes[0][i];
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
