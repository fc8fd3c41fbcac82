package rectimap.render;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The spatial index of a layer's display envelopes: a bulk-loaded STRtree plus, after edits, a short list of the
 * features added or changed since (checked one by one) and a map from the tree's slots to today's feature indices
 * (-1 for a feature removed or changed since). An edit therefore costs a pass over an int array, not a rebuild of
 * the tree (≈70 ms CPU for 100,000 features); once the list grows past {@link #MAX_PENDING} the owner rebuilds.
 * Immutable; safe to query from any thread.
 */
final class FeatureIndex {

    /** Above this many features outside the tree a rebuild is cheaper than scanning them on every query. */
    static final int MAX_PENDING = 512;

    private final STRtree tree;
    /** slotToIndex[slot] = index of the feature now, or -1; null while every slot is its own index. */
    private final int[] slotToIndex;
    private final int[] pending;
    private final Envelope[] pendingEnvelopes;

    private FeatureIndex(STRtree tree, int[] slotToIndex, int[] pending, Envelope[] pendingEnvelopes) {
        this.tree = tree;
        this.slotToIndex = slotToIndex;
        this.pending = pending;
        this.pendingEnvelopes = pendingEnvelopes;
    }

    /** Bulk-loads the envelopes (index i = feature i); null or null-envelope entries (empty shapes) are left out. */
    static FeatureIndex of(Envelope[] envelopes) {
        STRtree tree = new STRtree();
        for (int i = 0; i < envelopes.length; i++) {
            if (envelopes[i] != null && !envelopes[i].isNull()) {
                tree.insert(envelopes[i], i);
            }
        }
        tree.build();
        return new FeatureIndex(tree, null, new int[0], new Envelope[0]);
    }

    /** How many features are outside the tree (checked one by one on every query). */
    int pendingCount() {
        return pending.length;
    }

    /** Calls {@code action} with the index of every feature whose envelope meets {@code area}, in no set order. */
    void query(Envelope area, IntConsumer action) {
        tree.query(area, (ItemVisitor) item -> {
            int slot = (Integer) item;
            int index = slotToIndex == null ? slot : slotToIndex[slot];
            if (index >= 0) {
                action.accept(index);
            }
        });
        for (int k = 0; k < pending.length; k++) {
            if (pendingEnvelopes[k].intersects(area)) {
                action.accept(pending[k]);
            }
        }
    }

    /**
     * The index after an edit. {@code oldToNew[i]} is the new index of old feature i when it is unchanged, -1 when it
     * was removed or changed; {@code fresh} are the new indices of added or changed features, whose envelopes are in
     * {@code envelopes} (the new layer's).
     */
    FeatureIndex patched(int[] oldToNew, int[] fresh, Envelope[] envelopes) {
        int[] slots = new int[slotCount(oldToNew.length)];
        for (int slot = 0; slot < slots.length; slot++) {
            int old = slotToIndex == null ? slot : slotToIndex[slot];
            slots[slot] = old < 0 ? -1 : oldToNew[old];
        }
        int[] nextPending = new int[pending.length + fresh.length];
        int count = 0;
        for (int old : pending) {
            if (oldToNew[old] >= 0) {
                nextPending[count++] = oldToNew[old];
            }
        }
        for (int index : fresh) {
            if (!envelopes[index].isNull()) {
                nextPending[count++] = index;
            }
        }
        nextPending = Arrays.copyOf(nextPending, count);
        Envelope[] nextEnvelopes = new Envelope[count];
        for (int k = 0; k < count; k++) {
            nextEnvelopes[k] = envelopes[nextPending[k]];
        }
        return new FeatureIndex(tree, slots, nextPending, nextEnvelopes);
    }

    private int slotCount(int featuresBefore) {
        return slotToIndex == null ? featuresBefore : slotToIndex.length;
    }
}
