package rectimap.print;

/**
 * The part of a path that can show inside a rectangle (the current clip of a page), so a vector page does not carry
 * the thousands of vertices of a district's roads and boundaries that lie outside its map frame. Fills: each subpath
 * is cut to the rectangle (Sutherland–Hodgman), which keeps the even-odd parity of every point inside it, so what
 * shows is exactly the same. Strokes: segments wholly on the far side of one edge are left out and the line goes on
 * with a new subpath (caps fall outside the rectangle, which the caller widens by half the line width); dashed lines
 * are only dropped whole, never cut, so the dash pattern keeps its phase. Subpaths whose box misses the rectangle are
 * left out either way. Stateless; any thread.
 */
final class VisiblePath {

    /** Path operations as {@link PdfSurface} records them. */
    static final byte MOVE = 0;
    static final byte LINE = 1;
    static final byte CLOSE = 2;

    /** Where the visible path goes. */
    interface Sink {
        void moveTo(double x, double y);

        void lineTo(double x, double y);

        void closePath();
    }

    /** A path: {@code opCount} operations with their coordinates (two per MOVE and LINE). */
    record Path(byte[] ops, double[] coords, int opCount) {
    }

    /** The rectangle that can show, in the path's units. */
    record Box(double minX, double minY, double maxX, double maxY) {
        Box widened(double by) {
            return new Box(minX - by, minY - by, maxX + by, maxY + by);
        }

        int outcode(double x, double y) {
            return (x < minX ? 1 : 0) | (x > maxX ? 2 : 0) | (y < minY ? 4 : 0) | (y > maxY ? 8 : 0);
        }
    }

    private VisiblePath() {
    }

    /** What of {@code path}, filled even-odd, shows inside {@code box}, onto {@code out}. */
    static void fill(Path path, Box box, Sink out) {
        forEachSubpath(path, (start, end, coordStart, closed) -> {
            int points = countPoints(path, start, end);
            int outside = boxOutcode(path.coords(), coordStart, points, box);
            if (outside == -1) {
                return;
            }
            if (outside == 0) {
                copy(path, start, end, coordStart, out);
                return;
            }
            double[] ring = java.util.Arrays.copyOfRange(path.coords(), coordStart, coordStart + 2 * points);
            double[] cut = Polygons.clip(ring, points, box);
            if (cut.length >= 6) {
                out.moveTo(cut[0], cut[1]);
                for (int i = 2; i < cut.length; i += 2) {
                    out.lineTo(cut[i], cut[i + 1]);
                }
                out.closePath();
            }
        });
    }

    /** What of {@code path}, stroked ({@code dashed} or solid), can show inside {@code box}, onto {@code out}. */
    static void stroke(Path path, Box box, boolean dashed, Sink out) {
        double[] c = path.coords();
        forEachSubpath(path, (start, end, coordStart, closed) -> {
            int points = countPoints(path, start, end);
            int outside = boxOutcode(c, coordStart, points, box);
            if (outside == -1) {
                return;
            }
            if (outside == 0 || dashed || points < 2) {
                copy(path, start, end, coordStart, out);
                return;
            }
            int segments = closed ? points : points - 1;
            boolean open = false;
            boolean cutAny = false;
            for (int s = 0; s < segments; s++) {
                int a = coordStart + 2 * s;
                int b = coordStart + 2 * ((s + 1) % points);
                if ((box.outcode(c[a], c[a + 1]) & box.outcode(c[b], c[b + 1])) != 0) {
                    open = false;
                    cutAny = true;
                    continue;
                }
                if (!open) {
                    out.moveTo(c[a], c[a + 1]);
                    open = true;
                }
                if (closed && s == segments - 1 && !cutAny) {
                    out.closePath();
                } else {
                    out.lineTo(c[b], c[b + 1]);
                }
            }
        });
    }

    /** One subpath: operations {@code [start, end)}, its first coordinate index, whether it ends with CLOSE. */
    private interface SubpathVisitor {
        void visit(int start, int end, int coordStart, boolean closed);
    }

    private static void forEachSubpath(Path path, SubpathVisitor visitor) {
        byte[] ops = path.ops();
        int i = 0;
        int coord = 0;
        while (i < path.opCount()) {
            int start = i;
            int coordStart = coord;
            i++;
            if (ops[start] != CLOSE) {
                coord += 2;
            }
            while (i < path.opCount() && ops[i] == LINE) {
                i++;
                coord += 2;
            }
            boolean closed = i < path.opCount() && ops[i] == CLOSE;
            if (closed) {
                i++;
            }
            if (ops[start] == MOVE) {
                visitor.visit(start, i, coordStart, closed);
            }
        }
    }

    private static int countPoints(Path path, int start, int end) {
        int points = 0;
        for (int i = start; i < end; i++) {
            if (path.ops()[i] != CLOSE) {
                points++;
            }
        }
        return points;
    }

    /** -1 when the points' box misses {@code box}, 0 when it lies inside it, 1 when it straddles an edge. */
    private static int boxOutcode(double[] c, int from, int points, Box box) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < points; p++) {
            double x = c[from + 2 * p];
            double y = c[from + 2 * p + 1];
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        if (maxX < box.minX() || minX > box.maxX() || maxY < box.minY() || minY > box.maxY()) {
            return -1;
        }
        return minX >= box.minX() && maxX <= box.maxX() && minY >= box.minY() && maxY <= box.maxY() ? 0 : 1;
    }

    private static void copy(Path path, int start, int end, int coordStart, Sink out) {
        int c = coordStart;
        for (int i = start; i < end; i++) {
            switch (path.ops()[i]) {
                case MOVE -> {
                    out.moveTo(path.coords()[c], path.coords()[c + 1]);
                    c += 2;
                }
                case LINE -> {
                    out.lineTo(path.coords()[c], path.coords()[c + 1]);
                    c += 2;
                }
                default -> out.closePath();
            }
        }
    }

    /** Sutherland–Hodgman against the four edges of a box. */
    private static final class Polygons {
        private Polygons() {
        }

        /** The ring of {@code points} points (x, y pairs) cut to {@code box}; fewer than 3 points when nothing is left. */
        static double[] clip(double[] ring, int points, Box box) {
            double[] current = ring;
            int n = points;
            for (int edge = 0; edge < 4 && n > 0; edge++) {
                double[] next = new double[4 * n + 4];
                int m = 0;
                for (int i = 0; i < n; i++) {
                    double ax = current[2 * ((i + n - 1) % n)];
                    double ay = current[2 * ((i + n - 1) % n) + 1];
                    double bx = current[2 * i];
                    double by = current[2 * i + 1];
                    boolean aIn = inside(edge, ax, ay, box);
                    boolean bIn = inside(edge, bx, by, box);
                    if (bIn) {
                        if (!aIn) {
                            m = crossing(edge, ax, ay, bx, by, box, next, m);
                        }
                        next[m++] = bx;
                        next[m++] = by;
                    } else if (aIn) {
                        m = crossing(edge, ax, ay, bx, by, box, next, m);
                    }
                }
                current = next;
                n = m / 2;
            }
            return java.util.Arrays.copyOf(current, 2 * n);
        }

        private static boolean inside(int edge, double x, double y, Box box) {
            return switch (edge) {
                case 0 -> x >= box.minX();
                case 1 -> x <= box.maxX();
                case 2 -> y >= box.minY();
                default -> y <= box.maxY();
            };
        }

        private static int crossing(int edge, double ax, double ay, double bx, double by, Box box, double[] out,
                                    int m) {
            double t;
            if (edge < 2) {
                double x = edge == 0 ? box.minX() : box.maxX();
                t = (x - ax) / (bx - ax);
                out[m] = x;
                out[m + 1] = ay + t * (by - ay);
            } else {
                double y = edge == 2 ? box.minY() : box.maxY();
                t = (y - ay) / (by - ay);
                out[m] = ax + t * (bx - ax);
                out[m + 1] = y;
            }
            return m + 2;
        }
    }
}
