package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/** Opening after an unclean end: a whole file says RECOVERED, a damaged one CORRUPT and keeps the crash mark. */
class ProjectRecoveryTest {
    @TempDir
    Path dir;

    private Path closedProject() {
        Path file = dir.resolve("p.gpkg");
        ProjectFiles.createFromSample(ProjectFilesTest.SAMPLE, file, List.of(ProjectFilesTest.planningZones())).close();
        return file;
    }

    @Test
    void aLockFileLeftBehindMeansRecoveredAfterAPassingCheck() throws Exception {
        Path file = closedProject();
        Files.writeString(ProjectLock.sidecarOf(file), "user=李四\nhost=PC-7\npid=4242\nsince=2026-11-28T09:00:00Z\n");
        try (ProjectFile project = ProjectFiles.open(file)) {
            assertThat(project.notices()).containsExactly(OpenNotice.RECOVERED);
        }
        try (ProjectFile again = ProjectFiles.open(file)) {
            assertThat(again.notices()).as("a clean close ends the recovery").isEmpty();
        }
    }

    @Test
    void aDamagedFileAfterACrashIsCorruptAndTheMarkStaysForTheNextTry() throws Exception {
        Path file = closedProject();
        long size = Files.size(file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 0x5A);
            // Page 2 onwards: table b-tree pages, where SQLite's check finds the damage (the header stays whole).
            raw.seek(4096);
            raw.write(garbage);
            raw.seek(size / 2);
            raw.write(garbage);
        }
        Files.writeString(ProjectLock.sidecarOf(file), "user=李四\n");
        assertThatThrownBy(() -> ProjectFiles.open(file)).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).problem()).isEqualTo(StoreProblem.CORRUPT);
        assertThat(Files.exists(ProjectLock.sidecarOf(file))).isTrue();
    }

    @Test
    void undoingWithNothingDoneIsRefusedAndNothingIsWritten() {
        Path file = closedProject();
        try (ProjectFile project = ProjectFiles.open(file)) {
            var first = project.store().load("zone_area").feature(1).orElseThrow();
            ChangeSet remove = new ChangeSet("删除 1", List.of(FeatureChange.removed("zone_area", first)));
            assertThatThrownBy(() -> project.journal().orElseThrow().recordUndone(remove.inverse()).join())
                    .hasCauseInstanceOf(StoreException.class).hasMessageContaining("nothing to undo");
        }
        try (ProjectFile project = ProjectFiles.openReadOnly(file)) {
            assertThat(project.store().load("zone_area").features()).hasSize(2);
            assertThat(project.historyCursor()).isZero();
        }
    }
}
