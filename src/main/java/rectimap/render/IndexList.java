package rectimap.render;

import java.util.Arrays;

/** A growable list of feature indices without boxing, for grouping the features of one frame. */
final class IndexList {

    private int[] indices = new int[16];
    private int size;

    void add(int index) {
        if (size == indices.length) {
            indices = Arrays.copyOf(indices, size * 2);
        }
        indices[size++] = index;
    }

    int size() {
        return size;
    }

    int get(int position) {
        return indices[position];
    }

    /** The indices in ascending order (a new array). */
    int[] sorted() {
        int[] copy = Arrays.copyOf(indices, size);
        Arrays.sort(copy);
        return copy;
    }
}
