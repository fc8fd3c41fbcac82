package rectimap.store.pg;

import java.util.List;
import java.util.UUID;

/**
 * What a merge did: the package, the step it wrote (null id when there was nothing to write), the items written
 * (ADD, CHANGE, DELETE), those already the same on both sides, the conflicts settled for the server
 * ({@link MergePreference#SERVER}), those left for a choice (CONFLICT), those refused (OUTSIDE), and the package
 * layers it skipped (not planning layers of the project).
 */
public record MergeReport(WorkPackageInfo info, UUID stepId, String stepName, List<MergeItem> written,
        List<MergeItem> same, List<MergeItem> keptServer, List<MergeItem> conflicts, List<MergeItem> outside,
        List<String> skippedLayers) {

    /** How many written items are of {@code kind}. */
    public long count(MergeItem.Kind kind) {
        return written.stream().filter(i -> i.kind() == kind).count();
    }

    /** Whether every change of the package is on the server now (no conflict, nothing refused). */
    public boolean complete() {
        return conflicts.isEmpty() && outside.isEmpty();
    }
}
