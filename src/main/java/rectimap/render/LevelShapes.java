package rectimap.render;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The generalised copies of a layer's shapes, one array per level, made on first use of a level and feature: a
 * frame at a scale generalises only what it draws, and opening a big layer does not pay for levels nobody looks at.
 * Each copy is simplified straight from the full shape (Douglas–Peucker to half a pixel of its level).
 *
 * <p>Thread-safe without locks: a slot is written with an immutable {@link DisplayShape} (final fields, so safely
 * published); two threads racing on a slot compute the same shape, the later write only repeats work.
 */
final class LevelShapes {

    /** A generalised copy is kept only when it has at most this fraction of the full shape's vertices. */
    private static final double WORTH_A_COPY = 0.7;
    /** Marks a slot whose feature collapsed at that level (it is drawn as a dot); distinct from "not made yet". */
    private static final DisplayShape COLLAPSED = new DisplayShape(new double[0], new int[0]);

    private final int size;
    /** levels.get(level - 1)[feature], created on first use of the level. */
    private final AtomicReferenceArray<DisplayShape[]> levels =
            new AtomicReferenceArray<>(RenderLayer.LEVEL_METRES_PER_PIXEL.length);

    LevelShapes(int size) {
        this.size = size;
    }

    /**
     * The shape of feature {@code index} at {@code level} (≥ 1): null when it collapsed there.
     *
     * @param full      the feature's full shape (level 0)
     * @param dimension 0 points, 1 lines, 2 areas
     */
    DisplayShape shape(int index, int level, DisplayShape full, int dimension) {
        if (full == null || dimension == 0) {
            return full;
        }
        DisplayShape[] slots = slots(level);
        DisplayShape made = slots[index];
        if (made == null) {
            made = simplified(full, level, dimension);
            slots[index] = made;
        }
        return made == COLLAPSED ? null : made;
    }

    /**
     * A copy for {@code size} features that keeps the already made shapes of the features that did not change:
     * {@code source[i]} is the index in this object of new feature i, or -1 for a new or changed feature.
     */
    LevelShapes remapped(int newSize, int[] source) {
        LevelShapes next = new LevelShapes(newSize);
        for (int level = 0; level < levels.length(); level++) {
            DisplayShape[] old = levels.get(level);
            if (old == null) {
                continue;
            }
            DisplayShape[] copy = new DisplayShape[newSize];
            for (int i = 0; i < newSize; i++) {
                if (source[i] >= 0) {
                    copy[i] = old[source[i]];
                }
            }
            next.levels.set(level, copy);
        }
        return next;
    }

    private DisplayShape[] slots(int level) {
        DisplayShape[] slots = levels.get(level - 1);
        if (slots == null) {
            levels.compareAndSet(level - 1, null, new DisplayShape[size]);
            slots = levels.get(level - 1);
        }
        return slots;
    }

    private static DisplayShape simplified(DisplayShape full, int level, int dimension) {
        double tolerance = 0.5 * RenderLayer.LEVEL_METRES_PER_PIXEL[level - 1];
        DisplayShape simplified = Generalisation.simplify(full, tolerance, dimension == 2);
        if (simplified == null) {
            return COLLAPSED;
        }
        // Not worth the memory of a copy: the tracer drops sub-pixel steps of the full shape anyway.
        return simplified.vertexCount() > WORTH_A_COPY * full.vertexCount() ? full : simplified;
    }
}
