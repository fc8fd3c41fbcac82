package rectimap.render;

/** Planar distances in display coordinates, for generalisation and hit-testing on screen-sized tolerances. */
final class PlaneDistance {

    private PlaneDistance() {
    }

    /** Squared distance from (px, py) to the segment (ax, ay)–(bx, by). */
    static double toSegmentSquared(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSq = dx * dx + dy * dy;
        double t = lengthSq == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSq;
        t = Math.max(0, Math.min(1, t));
        double cx = ax + t * dx - px;
        double cy = ay + t * dy - py;
        return cx * cx + cy * cy;
    }

    /** Distance from (px, py) to the shape's nearest edge or point; 0 inside an area when {@code areal}. */
    static double toShape(DisplayShape shape, double px, double py, boolean areal) {
        double best = Double.POSITIVE_INFINITY;
        boolean inside = false;
        double[] xy = shape.xy;
        for (int p = 0; p < shape.partCount(); p++) {
            int start = shape.partStart(p);
            int end = shape.partEnds[p];
            if (end - start == 1) {
                double dx = xy[start * 2] - px;
                double dy = xy[start * 2 + 1] - py;
                best = Math.min(best, dx * dx + dy * dy);
                continue;
            }
            for (int v = start; v < end - 1; v++) {
                double ax = xy[v * 2];
                double ay = xy[v * 2 + 1];
                double bx = xy[v * 2 + 2];
                double by = xy[v * 2 + 3];
                best = Math.min(best, toSegmentSquared(px, py, ax, ay, bx, by));
                // Even-odd crossing over all rings: holes and multipolygon parts come out right.
                if (areal && ((ay > py) != (by > py)) && px < (bx - ax) * (py - ay) / (by - ay) + ax) {
                    inside = !inside;
                }
            }
        }
        return inside ? 0 : Math.sqrt(best);
    }
}
