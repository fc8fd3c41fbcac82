package rectimap.render;

import java.util.Arrays;
import rectimap.model.Feature;

/**
 * Finds a feature's index by its id in O(log n). Layers read from a GeoPackage come in ascending id order and edits
 * keep it (a replaced feature keeps its place, a new one gets max id + 1 at the end), so usually the ids are used as
 * they are; otherwise they are sorted as primitives. Immutable.
 */
final class FeatureIds {

    private final long[] sortedIds;
    /** The feature index of sortedIds[k]; null when the features are in ascending id order already. */
    private final int[] indexBySortedId;

    private FeatureIds(long[] sortedIds, int[] indexBySortedId) {
        this.sortedIds = sortedIds;
        this.indexBySortedId = indexBySortedId;
    }

    static FeatureIds of(Feature[] features) {
        int n = features.length;
        long[] ids = new long[n];
        boolean ascending = true;
        for (int i = 0; i < n; i++) {
            ids[i] = features[i].id();
            ascending &= i == 0 || ids[i] > ids[i - 1];
        }
        if (ascending) {
            return new FeatureIds(ids, null);
        }
        int[] order = sortedOrder(ids);
        long[] sorted = new long[n];
        for (int k = 0; k < n; k++) {
            sorted[k] = ids[order[k]];
        }
        return new FeatureIds(sorted, order);
    }

    /** The index of the feature with this id, or -1. */
    int indexOf(long featureId) {
        int k = Arrays.binarySearch(sortedIds, featureId);
        if (k < 0) {
            return -1;
        }
        return indexBySortedId == null ? k : indexBySortedId[k];
    }

    /** Indices ordered by id: packed (id, index) longs sorted as primitives when ids fit, else a boxed sort. */
    private static int[] sortedOrder(long[] ids) {
        int n = ids.length;
        int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
        long limit = 1L << (62 - indexBits);
        boolean packable = true;
        for (long id : ids) {
            packable &= id >= 0 && id < limit;
        }
        int[] order = new int[n];
        if (packable) {
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = (ids[i] << indexBits) | i;
            }
            Arrays.sort(packed);
            long mask = (1L << indexBits) - 1;
            for (int k = 0; k < n; k++) {
                order[k] = (int) (packed[k] & mask);
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Long.compare(ids[a], ids[b]));
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
        }
        return order;
    }
}
