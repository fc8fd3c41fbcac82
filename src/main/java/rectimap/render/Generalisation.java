package rectimap.render;

import java.util.Arrays;

/**
 * Douglas–Peucker simplification of a {@link DisplayShape}, part by part, straight on the packed arrays (no JTS
 * objects per vertex). Polygon rings that collapse below a triangle are dropped; lines keep their end points. Used to
 * precompute the coarse levels a {@link RenderLayer} draws at small scales. Stateless and thread-safe.
 */
final class Generalisation {

    private Generalisation() {
    }

    /**
     * The shape simplified to {@code toleranceMetres}; returns {@code shape} itself when nothing would be removed and
     * null when every ring of an area collapsed (then the feature is drawn as a dot at that level).
     */
    static DisplayShape simplify(DisplayShape shape, double toleranceMetres, boolean rings) {
        int parts = shape.partCount();
        boolean[] keep = new boolean[shape.vertexCount()];
        int[] newEnds = new int[parts];
        int keptParts = 0;
        int keptVertices = 0;
        for (int p = 0; p < parts; p++) {
            int start = shape.partStart(p);
            int end = shape.partEnds[p];
            int kept = markPart(shape.xy, start, end - 1, toleranceMetres * toleranceMetres, keep);
            if (rings && kept < 4) {
                for (int v = start; v < end; v++) {
                    keep[v] = false;
                }
                continue;
            }
            keptVertices += kept;
            newEnds[keptParts++] = keptVertices;
        }
        if (keptVertices == shape.vertexCount()) {
            return shape;
        }
        if (keptParts == 0) {
            return null;
        }
        double[] xy = new double[keptVertices * 2];
        int out = 0;
        for (int v = 0; v < keep.length; v++) {
            if (keep[v]) {
                xy[out++] = shape.xy[v * 2];
                xy[out++] = shape.xy[v * 2 + 1];
            }
        }
        return new DisplayShape(xy, Arrays.copyOf(newEnds, keptParts));
    }

    /** Marks the vertices of one part kept by Douglas–Peucker; returns how many. Iterative: no deep recursion. */
    private static int markPart(double[] xy, int first, int last, double toleranceSquared, boolean[] keep) {
        keep[first] = true;
        if (last <= first) {
            return 1;
        }
        keep[last] = true;
        int kept = 2;
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = first;
        stack[top++] = last;
        while (top > 0) {
            int b = stack[--top];
            int a = stack[--top];
            int farthest = -1;
            double farthestSq = toleranceSquared;
            for (int v = a + 1; v < b; v++) {
                double d = segmentDistanceSquared(xy, v, a, b);
                if (d > farthestSq) {
                    farthestSq = d;
                    farthest = v;
                }
            }
            if (farthest >= 0) {
                keep[farthest] = true;
                kept++;
                if (top + 4 > stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                stack[top++] = a;
                stack[top++] = farthest;
                stack[top++] = farthest;
                stack[top++] = b;
            }
        }
        return kept;
    }

    /** Squared distance from vertex v to the segment between vertices a and b (a point when they coincide). */
    static double segmentDistanceSquared(double[] xy, int v, int a, int b) {
        return PlaneDistance.toSegmentSquared(xy[v * 2], xy[v * 2 + 1], xy[a * 2], xy[a * 2 + 1], xy[b * 2],
                xy[b * 2 + 1]);
    }
}
