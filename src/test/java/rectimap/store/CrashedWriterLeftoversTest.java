package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed with SIGKILL mid-transaction (a real sqlite3 process, {@link Sqlite3#crashMidTransaction}) leaves a
 * hot journal that SQLite will not let a read-only connection past. Readers roll it back when the file is writable
 * and say so; otherwise they read the last committed state from a rolled-back copy and leave the file as it is.
 */
class CrashedWriterLeftoversTest {
    @TempDir
    Path dir;
    private Path file;
    private int villages;

    @BeforeEach
    void crashAWriter() throws Exception {
        file = Files.copy(Path.of("maps", "yanhu-sample.gpkg"), dir.resolve("盐湖.gpkg"));
        villages = Integer.parseInt(Sqlite3.value(file, "SELECT count(*) FROM village;"));
        long committedSize = Files.size(file);
        Path journal = Sqlite3.crashMidTransaction(file, "village");
        assertThat(journal).as("the hot journal").isNotEmptyFile();
        assertThat(Files.size(file)).as("pages of the unfinished write spilled into the file").isGreaterThan(committedSize);
    }

    @Test
    void aWritableFileIsRolledBackInPlaceAndSaysSo() {
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(store.unfinishedWrite()).isEqualTo(UnfinishedWrite.ROLLED_BACK);
            assertThat(store.load("village").features()).hasSize(villages);
            assertThat(store.integrityCheck()).containsExactly("ok");
        }
        assertThat(file.resolveSibling(file.getFileName() + "-journal")).doesNotExist();
        assertThat(Sqlite3.value(file, "SELECT count(*) FROM sqlite_master WHERE name = 'crash_filler';"))
                .isEqualTo("0");
        try (GeoPackageStore again = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(again.unfinishedWrite()).as("nothing is left the second time").isEqualTo(UnfinishedWrite.NONE);
        }
    }

    @Test
    void aReadOnlySessionOpensAndIsToldOfTheRollback() {
        try (ProjectFile project = ProjectFiles.openReadOnly(file)) {
            assertThat(project.notices()).contains(OpenNotice.ROLLED_BACK);
            assertThat(project.store().load("village").features()).hasSize(villages);
        }
    }

    @Test
    void checkFindsNoProblemInTheLastCommittedState() {
        List<UnfinishedWrite> told = new java.util.ArrayList<>();

        assertThat(ProjectCheck.run(file, told::add)).isEmpty();
        assertThat(told).containsExactly(UnfinishedWrite.ROLLED_BACK);
    }

    @Test
    void whenTheFileMayNotBeWrittenTheLastCommittedStateIsReadFromACopyAndTheFileIsLeftAlone() throws Exception {
        Path journal = file.resolveSibling(file.getFileName() + "-journal");
        byte[] fileBefore = Files.readAllBytes(file);
        byte[] journalBefore = Files.readAllBytes(journal);
        Path copyFolder;

        // As root every file is writable, so the read-only branch is entered directly; as a user, through chmod.
        try (GeoPackageStore store = readOnlyFileStore()) {
            assertThat(store.unfinishedWrite()).isEqualTo(UnfinishedWrite.READ_LAST_COMMITTED);
            assertThat(store.file()).isEqualTo(file);
            assertThat(store.load("village").features()).hasSize(villages);
            assertThat(store.integrityCheck()).containsExactly("ok");
            copyFolder = store.lastCommittedCopyForTests();
            assertThat(copyFolder).isDirectory();
        } finally {
            file.toFile().setWritable(true);
            dir.toFile().setWritable(true);
        }
        assertThat(copyFolder).as("the temporary copy is deleted on close").doesNotExist();
        assertThat(Files.readAllBytes(file)).isEqualTo(fileBefore);
        assertThat(Files.readAllBytes(journal)).isEqualTo(journalBefore);
    }

    private GeoPackageStore readOnlyFileStore() {
        file.toFile().setWritable(false);
        dir.toFile().setWritable(false);
        if (!Files.isWritable(file)) {
            return GeoPackageStore.open(file, AccessMode.READ_ONLY);
        }
        return GeoPackageStore.openLastCommitted(file);
    }
}
