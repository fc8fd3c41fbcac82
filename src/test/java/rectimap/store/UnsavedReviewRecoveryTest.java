package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static rectimap.store.SharedFileSession.assertFileHoldsSteps;
import static rectimap.store.SharedFileSession.sqlite3;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review verdict given while another program holds the project file is kept like an edit (issue 12, point j): in
 * the recovery journal beside the project, written at the next open when the session was killed or closed before
 * the file was free, and there exactly once afterwards. The other program is the sqlite3 shell holding a write.
 */
class UnsavedReviewRecoveryTest {
    private static final String VERDICTS = "SELECT count(*) FROM gpkgext_rectimap_review_verdict";

    @TempDir
    Path dir;

    @Test
    void aVerdictWaitingWhenTheAppIsKilledIsWrittenAtTheNextOpenOnce() throws Exception {
        Path file = SharedFileSession.newProject(dir.resolve("审核中断.gpkg"));
        Process editor = WaitingEditor.start(file, 1, "review");
        WaitingEditor.await(editor, "READY");
        try (SqliteHold qgis = SqliteHold.writing(file)) {
            WaitingEditor.edit(editor);
            WaitingEditor.await(editor, "WAITING 2");
            editor.destroyForcibly().waitFor();
        }
        assertThat(sqlite3(file, "SELECT count(*) FROM sqlite_master WHERE name = 'gpkgext_rectimap_review_verdict'"))
                .as("nothing reached the file before the kill").isEqualTo("0");

        assertReopenedWithTheVerdictOnce(file, 1);
    }

    @Test
    void aVerdictWaitingWhenTheSessionClosesIsWrittenAtTheNextOpenOnce() throws Exception {
        Path file = SharedFileSession.newProject(dir.resolve("审核关闭.gpkg"));
        SharedFileSession session = new SharedFileSession(file);
        try (SqliteHold qgis = SqliteHold.writing(file)) {
            GeoPackageReviewArchive.of(session.project).recordVerdict(WaitingEditor.VERDICT);
            session.awaitStatus(status -> status.unsavedMoves() == 1, Duration.ofSeconds(30));
            session.close();
            assertThat(RecoveryJournal.of(file).existing()).as("kept beside the project at close").isPresent();
        }

        assertReopenedWithTheVerdictOnce(file, 0);
    }

    private static void assertReopenedWithTheVerdictOnce(Path file, int steps) throws Exception {
        try (SharedFileSession reopened = new SharedFileSession(file)) {
            assertThat(reopened.project.recoveredMoves()).isEqualTo(steps + 1);
            assertThat(GeoPackageReviewArchive.of(reopened.project).verdicts()).containsExactly(WaitingEditor.VERDICT);
        }
        assertThat(RecoveryJournal.of(file).existing()).isEmpty();
        assertThat(sqlite3(file, VERDICTS)).isEqualTo("1");
        assertThat(sqlite3(file, "SELECT verdict || '|' || reviewer || '|' || comment FROM"
                + " gpkgext_rectimap_review_verdict")).isEqualTo("退回修改|王审核|厕所改造未完成");
        assertFileHoldsSteps(file, steps);
        try (SharedFileSession again = new SharedFileSession(file)) {
            assertThat(again.project.recoveredMoves()).as("replayed once only").isZero();
            assertThat(GeoPackageReviewArchive.of(again.project).verdicts()).containsExactly(WaitingEditor.VERDICT);
        }
        assertThat(sqlite3(file, VERDICTS)).isEqualTo("1");
    }
}
