package rectimap.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of timings in milliseconds. */
final class Percentiles {
    private Percentiles() {
    }

    /** NaN for no values. */
    static double of(double[] values, double percent) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
