package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static rectimap.store.SharedFileSession.assertFileHoldsSteps;
import static rectimap.store.SharedFileSession.awaitAll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rectimap.model.JournalStatus;
import rectimap.model.StoreProblem;

/**
 * The project file shared with other programs while Rectimap edits it (issue 12, points 1 and 3): the sqlite3 shell
 * holds a read as QGIS or ogrinfo do on a big layer, and the editing session ({@link SharedFileSession}: the app's
 * {@code ProjectFiles.open} + {@code EditSession}) goes on. Writes wait, the status says so, and every step lands
 * once the other program lets go, read back by sqlite3 and ogrinfo.
 */
class SharedProjectFileTest {
    /** Longest pause between two tries (10 s) plus one try (3 s busy timeout) plus slack for a loaded machine. */
    private static final Duration LANDS_WITHIN = Duration.ofSeconds(40);
    /**
     * A guard, not a speed requirement: while the file is held the writer retries every 10 s after a 3 s wait, so a
     * step queued meanwhile is counted in the status at the next try (it read 7 of 8 after 10 s once).
     */
    private static final Duration STATUS_WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "a read held for {0} s")
    @ValueSource(ints = {5, 30})
    void editsDuringAReadHeldByAnotherProgramWaitAndAllLand(int seconds) throws Exception {
        Path file = SharedFileSession.newProject(dir.resolve("共享.gpkg"));
        try (SharedFileSession editing = new SharedFileSession(file)) {
            List<CompletableFuture<Void>> written;
            try (SqliteHold qgis = SqliteHold.reading(file)) {
                long start = System.nanoTime();
                written = editing.edit(3);
                // The hold lasts until the status came, however loaded the machine (5 s was too short beside burners).
                JournalStatus waiting = editing.awaitStatus(s -> !s.isSaved(), STATUS_WITHIN);
                assertThat(waiting.problem()).isEqualTo(StoreProblem.LOCKED);
                assertThat(waiting.file()).isEqualTo(file);
                assertThat(waiting.unsavedMoves()).isBetween(1, 3);
                Thread.sleep(Math.max(0, Duration.ofSeconds(seconds).toMillis() - (System.nanoTime() - start) / 1_000_000));
                assertThat(written).as("nothing can commit while the read is held").noneMatch(CompletableFuture::isDone);
                assertThat(RecoveryJournal.of(file).existing()).as("the waiting steps are kept on disk").isPresent();
            }
            awaitAll(written, LANDS_WITHIN);
            assertThat(editing.lastStatus().isSaved()).isTrue();
            assertFileHoldsSteps(file, 3);
            assertThat(RecoveryJournal.of(file).existing()).isEmpty();
            // The session is not broken: later edits go straight in.
            awaitAll(editing.edit(2), Duration.ofSeconds(10));
            assertFileHoldsSteps(file, 5);
        }
    }

    @Test
    void aReadHeldForThreeMinutesNeverEndsSaving() throws Exception {
        GdalTools.requireGdal();
        Path file = SharedFileSession.newProject(dir.resolve("三分钟.gpkg"));
        try (SharedFileSession editing = new SharedFileSession(file)) {
            List<CompletableFuture<Void>> written;
            try (SqliteHold qgis = SqliteHold.reading(file)) {
                written = editing.edit(2);
                editing.awaitStatus(s -> s.problem() == StoreProblem.LOCKED && s.unsavedMoves() == 2,
                        STATUS_WITHIN);
                for (int minute = 0; minute < 6; minute++) {
                    Thread.sleep(30_000);
                    written.addAll(editing.edit(1));
                    assertThat(editing.lastStatus().isSaved()).isFalse();
                }
                editing.awaitStatus(s -> s.problem() == StoreProblem.LOCKED && s.unsavedMoves() == 8,
                        STATUS_WITHIN);
                assertThat(written).noneMatch(CompletableFuture::isDone);
            }
            awaitAll(written, LANDS_WITHIN);
            assertFileHoldsSteps(file, 8);
            awaitAll(editing.edit(1), Duration.ofSeconds(10));
        }
        assertFileHoldsSteps(file, 9);
        assertThat(GdalTools.featureCounts(file)).containsEntry("zone_area", 2L + 9);
    }

    @Test
    void saveAsWhileStepsWaitWritesEveryStepIntoTheCopy() throws Exception {
        Path file = SharedFileSession.newProject(dir.resolve("原件.gpkg"));
        Path copy = dir.resolve("另存.gpkg");
        try (SharedFileSession editing = new SharedFileSession(file)) {
            awaitAll(editing.edit(2), Duration.ofSeconds(10));
            try (SqliteHold qgis = SqliteHold.writing(file)) {
                List<CompletableFuture<Void>> written = editing.edit(3);
                editing.awaitStatus(s -> s.unsavedMoves() == 3, Duration.ofSeconds(15));
                editing.project.saveAs(copy).get();
                assertFileHoldsSteps(copy, 5);
                assertThat(written).noneMatch(CompletableFuture::isDone);
            }
        }
        assertFileHoldsSteps(file, 5);
        GdalTools.validateGpkg(copy).requireSuccess();
    }

    @Test
    void stepsKeptWhenTheAppDiesAreWrittenAtTheNextOpenAndCounted() throws Exception {
        Path file = SharedFileSession.newProject(dir.resolve("中断.gpkg"));
        Process editor = WaitingEditor.start(file, 4);
        WaitingEditor.await(editor, "READY");
        try (SqliteHold qgis = SqliteHold.writing(file)) {
            WaitingEditor.edit(editor);
            WaitingEditor.await(editor, "WAITING 4");
            assertThat(RecoveryJournal.of(file).existing()).isPresent();
            editor.destroyForcibly().waitFor();
        }
        assertFileHoldsSteps(file, 0);
        try (SharedFileSession reopened = new SharedFileSession(file)) {
            assertThat(reopened.project.recoveredMoves()).isEqualTo(4);
            assertThat(reopened.project.notices()).contains(OpenNotice.UNSAVED_MOVES_RECOVERED, OpenNotice.RECOVERED);
            assertThat(reopened.project.history()).containsExactly(CrashEdits.step(1), CrashEdits.step(2),
                    CrashEdits.step(3), CrashEdits.step(4));
            assertThat(reopened.session.history().doneCount()).isEqualTo(4);
        }
        assertFileHoldsSteps(file, 4);
        assertThat(RecoveryJournal.of(file).existing()).isEmpty();
        try (SharedFileSession again = new SharedFileSession(file)) {
            assertThat(again.project.recoveredMoves()).as("replayed once only").isZero();
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("中断.gpkg");
    }
}
