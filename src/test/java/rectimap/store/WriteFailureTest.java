package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static rectimap.store.SharedFileSession.assertFileHoldsSteps;
import static rectimap.store.SharedFileSession.awaitAll;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.JournalStatus;
import rectimap.model.StoreProblem;

/**
 * A full disk and a folder without write permission while editing (issue 12, points 3 and 7), made for real: a
 * 3 MB tmpfs filled to the last byte, and {@code chattr +i} on the project's folder (tests run as root, for whom
 * chmod does not stop writes; an immutable folder refuses root too). The journal names the problem and the file,
 * keeps the steps (in the user folder when the project's folder cannot take the recovery journal), and writes them
 * by itself once the cause is gone.
 */
class WriteFailureTest {
    private static final Duration LANDS_WITHIN = Duration.ofSeconds(40);

    @TempDir
    Path dir;
    private String homeBefore;

    @BeforeEach
    void ownUserFolder() {
        homeBefore = System.getProperty("rectimap.home");
        System.setProperty("rectimap.home", dir.resolve("home").toString());
    }

    @AfterEach
    void restoreUserFolder() {
        if (homeBefore == null) {
            System.clearProperty("rectimap.home");
        } else {
            System.setProperty("rectimap.home", homeBefore);
        }
    }

    @Test
    void aFullDiskIsNamedWithThePathAndTheStepsLandOnceThereIsRoom() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), "3m")) {
            Path file = SharedFileSession.newProject(disk.root.resolve("满盘.gpkg"));
            Path elsewhere = dir.resolve("另一块盘.gpkg");
            try (SharedFileSession editing = new SharedFileSession(file)) {
                awaitAll(editing.edit(1), Duration.ofSeconds(10));
                disk.fill();
                List<CompletableFuture<Void>> written = editing.edit(3);
                JournalStatus full = editing.awaitStatus(s -> s.unsavedMoves() == 3, Duration.ofSeconds(20));
                assertThat(full.problem()).isEqualTo(StoreProblem.DISK_FULL);
                assertThat(full.file()).isEqualTo(file);
                assertThat(RecoveryJournal.of(file).existing()).as("kept where there is room")
                        .hasValueSatisfying(kept -> assertThat(kept).startsWith(dir.resolve("home")));
                // Save As to another disk writes everything the user saw done.
                editing.project.saveAs(elsewhere).get();
                assertFileHoldsSteps(elsewhere, 4);
                assertThat(written).noneMatch(CompletableFuture::isDone);

                disk.free();
                awaitAll(written, LANDS_WITHIN);
                assertThat(editing.lastStatus().isSaved()).isTrue();
            }
            assertFileHoldsSteps(file, 4);
            assertThat(RecoveryJournal.of(file).existing()).isEmpty();
            assertThat(SharedFileSession.sqlite3(file, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void aFolderWithoutWritePermissionIsNamedAndTheStepsLandOnceWritable() throws Exception {
        Path folder = dir.resolve("只读文件夹");
        java.nio.file.Files.createDirectories(folder);
        Path file = SharedFileSession.newProject(folder.resolve("只读.gpkg"));
        try (SharedFileSession editing = new SharedFileSession(file)) {
            List<CompletableFuture<Void>> written;
            Immutable.set(folder);
            try {
                written = editing.edit(2);
                JournalStatus refused = editing.awaitStatus(s -> s.unsavedMoves() == 2, Duration.ofSeconds(20));
                assertThat(refused.problem()).isEqualTo(StoreProblem.NO_WRITE_PERMISSION);
                assertThat(refused.file()).isEqualTo(file);
                assertThat(RecoveryJournal.of(file).existing())
                        .hasValueSatisfying(kept -> assertThat(kept).startsWith(dir.resolve("home")));
                assertThat(written).noneMatch(CompletableFuture::isDone);
            } finally {
                Immutable.clear(folder);
            }
            awaitAll(written, LANDS_WITHIN);
        }
        assertFileHoldsSteps(file, 2);
        assertThat(RecoveryJournal.of(file).existing()).isEmpty();
    }

    /** {@code chattr +i}: not even root may create, delete or rename in the folder. */
    private static final class Immutable {
        static void set(Path folder) throws Exception {
            String failure = SmallDisk.run("chattr", "+i", folder.toString());
            if (failure != null) {
                org.junit.jupiter.api.Assumptions.abort("a read-only folder test needs chattr: " + failure);
            }
        }

        static void clear(Path folder) throws Exception {
            SmallDisk.run("chattr", "-i", folder.toString());
        }
    }
}
