package rectimap.campaign.coverage;

import java.util.HashMap;
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
