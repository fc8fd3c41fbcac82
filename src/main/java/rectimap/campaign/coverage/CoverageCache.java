package rectimap.campaign.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results of the previous check by the identity of their inputs, so a check after one edit recomputes only the
 * parents and zone pairs the edit touched. Entries not used by a check are dropped at its end. One thread at a time.
 */
final class CoverageCache {
    private Map<IdentityKey, Object> previous = new HashMap<>();
    private Map<IdentityKey, Object> current = new HashMap<>();
    private int hits;
    private int misses;

    @SuppressWarnings("unchecked")
    <T> T get(IdentityKey key, Supplier<T> compute) {
        Object value = current.get(key);
        if (value == null) {
            value = previous.get(key);
            if (value == null) {
                misses++;
                value = compute.get();
            } else {
                hits++;
            }
            current.put(key, value);
        }
        return (T) value;
    }

    /**
     * Computes, in parallel, the values of those {@code keys} that neither this check nor the previous one has
     * (the computations must be independent and pure), so the {@link #get} calls that follow find them.
     */
    <T> void computeMissing(List<IdentityKey> keys, List<Supplier<T>> computes) {
        List<Integer> missing = new java.util.ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            IdentityKey key = keys.get(i);
            if (current.containsKey(key)) {
                continue;
            }
            Object known = previous.get(key);
            if (known == null) {
                missing.add(i);
            } else {
                hits++;
                current.put(key, known);
            }
        }
        List<Object> values = missing.parallelStream().map(i -> (Object) computes.get(i).get()).toList();
        for (int i = 0; i < missing.size(); i++) {
            current.put(keys.get(missing.get(i)), values.get(i));
        }
        misses += missing.size();
    }

    /** Ends one check: what it did not use is forgotten. */
    void finishRun() {
        previous = current;
        current = new HashMap<>();
    }

    int hits() {
        return hits;
    }

    int misses() {
        return misses;
    }
}
