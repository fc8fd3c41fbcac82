package rectimap.store.pg;

import java.util.List;
import java.util.UUID;
import rectimap.media.PhotoLayer;

/**
 * What a merge did: the package, the step it wrote (null id when there was nothing to write), the items written
 * (ADD, CHANGE, DELETE), those already the same on both sides, the conflicts settled for the server
 * ({@link MergePreference#SERVER}), those left for a choice (CONFLICT), those refused (OUTSIDE), the package
 * layers it skipped (not planning layers of the project), and what it did with photos.
 */
public record MergeReport(WorkPackageInfo info, UUID stepId, String stepName, List<MergeItem> written,
        List<MergeItem> same, List<MergeItem> keptServer, List<MergeItem> conflicts, List<MergeItem> outside,
        List<String> skippedLayers, PhotoCounts photos) {

    /** The photo rows a merge wrote: new pictures on the server, links made, links removed. */
    public record PhotoCounts(int pictures, int linked, int unlinked) {
        /** No photo work (a package made before photos travelled, or a project without photo tables). */
        public static final PhotoCounts NONE = new PhotoCounts(0, 0, 0);

        static PhotoCounts of(int[] counts) {
            return new PhotoCounts(counts[0], counts[1], counts[2]);
        }
    }

    /** How many written features of the planning layers are of {@code kind} (照片 points: {@link #points}). */
    public long count(MergeItem.Kind kind) {
        return written.stream().filter(i -> i.kind() == kind && !i.tableName().equals(PhotoLayer.TABLE)).count();
    }

    /** How many 照片 points were written as {@code kind}. */
    public long points(MergeItem.Kind kind) {
        return written.stream().filter(i -> i.kind() == kind && i.tableName().equals(PhotoLayer.TABLE)).count();
    }

    /** Whether every change of the package is on the server now (no conflict, nothing refused). */
    public boolean complete() {
        return conflicts.isEmpty() && outside.isEmpty();
    }
}
