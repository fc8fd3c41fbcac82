package rectimap.campaign.review;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where verdicts and site marks are kept (the project file; implemented in {@code store}). Reads return what was
 * recorded, oldest first, including records submitted in this session; writes are queued in order and the future
 * completes once the record is durable. Thread-safe.
 */
public interface ReviewArchive {

    /** An archive that holds nothing and refuses writes (a project open read-only). */
    ReviewArchive NONE = new ReviewArchive() {
        @Override
        public List<VerdictRecord> verdicts() {
            return List.of();
        }

        @Override
        public List<SiteMark> siteMarks() {
            return List.of();
        }

        @Override
        public boolean writable() {
            return false;
        }

        @Override
        public CompletableFuture<Void> recordVerdict(VerdictRecord verdict) {
            return CompletableFuture.failedFuture(new IllegalStateException("read-only project"));
        }

        @Override
        public CompletableFuture<Void> recordSiteMark(SiteMark mark) {
            return CompletableFuture.failedFuture(new IllegalStateException("read-only project"));
        }
    };

    List<VerdictRecord> verdicts();

    List<SiteMark> siteMarks();

    /** Whether verdicts and marks can be recorded (false for a read-only project). */
    boolean writable();

    CompletableFuture<Void> recordVerdict(VerdictRecord verdict);

    CompletableFuture<Void> recordSiteMark(SiteMark mark);
}
