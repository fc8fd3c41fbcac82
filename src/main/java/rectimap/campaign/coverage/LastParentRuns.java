package rectimap.campaign.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each parent's latest check and result (by coverage kind and parent code), so the next check of a parent after an
 * edit starts from it instead of from nothing. Reading is safe from many threads while
 * nothing is remembered; remembering is for one thread.
 */
final class LastParentRuns {
    private record Run(ParentCheck check, ParentCheck.ParentResult result) {
    }

    private final Map<List<Object>, Run> byParent = new HashMap<>();
    private final java.util.concurrent.atomic.LongAdder updated = new java.util.concurrent.atomic.LongAdder();

    /**
     * {@code check}'s result: from the parent's latest run when only a few of its zones changed since
     * ({@link ChangedWindow}), else computed whole.
     */
    ParentCheck.ParentResult rerun(ParentCheck check) {
        Run last = byParent.get(keyOf(check));
        java.util.Optional<ChangedWindow> window = last == null ? java.util.Optional.empty()
                : ChangedWindow.between(last.check(), check);
        window.ifPresent(w -> updated.increment());
        return window.map(w -> w.update(check, last.result())).orElseGet(check::run);
    }

    /** How many parents {@link #rerun} updated from their earlier gaps. */
    long updated() {
        return updated.sum();
    }

    void remember(ParentCheck check, ParentCheck.ParentResult result) {
        byParent.put(keyOf(check), new Run(check, result));
    }

    private static List<Object> keyOf(ParentCheck check) {
        return List.of(check.coverage(), check.parentCode());
    }
}
