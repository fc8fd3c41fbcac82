package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * The recovery journal's format version (issue 12): review records came after version 1, so a journal holding one is
 * written as version 2 (an older Rectimap then refuses it as newer instead of failing on an unknown record), a journal
 * of moves only stays version 1; version 1 journals — also those an earlier build wrote with review records — are
 * still read; a journal of a version this build does not know fails the open with "此恢复记录由较新版本的 Rectimap
 * 写入…" and is left exactly as it was, as is the project. The journal is made by a real session closing while the
 * sqlite3 shell holds a write on the project.
 */
class RecoveryJournalVersionTest {
    /** writeUTF("RECTIMAP-PENDING"): two length bytes and 16 characters, then the version as an int. */
    private static final int VERSION_AT = 2 + "RECTIMAP-PENDING".length();

    @TempDir
    Path dir;
    private Path file;
    private Path journal;

    @BeforeEach
    void aVerdictLeftInTheJournal() throws Exception {
        file = SharedFileSession.newProject(dir.resolve("版本.gpkg"));
        SharedFileSession session = new SharedFileSession(file);
        try (SqliteHold qgis = SqliteHold.writing(file)) {
            GeoPackageReviewArchive.of(session.project).recordVerdict(WaitingEditor.VERDICT);
            session.awaitStatus(status -> status.unsavedMoves() == 1, Duration.ofSeconds(30));
            session.close();
        }
        journal = RecoveryJournal.of(file).existing().orElseThrow();
    }

    @Test
    void aJournalWithAReviewRecordIsVersionTwo() throws Exception {
        assertThat(version(journal)).isEqualTo(2);
    }

    @Test
    void aVersionOneJournalIsStillRead() throws Exception {
        setVersion(journal, 1);

        try (SharedFileSession reopened = new SharedFileSession(file)) {
            assertThat(reopened.project.recoveredMoves()).isEqualTo(1);
            assertThat(GeoPackageReviewArchive.of(reopened.project).verdicts()).containsExactly(WaitingEditor.VERDICT);
        }
        assertThat(RecoveryJournal.of(file).existing()).isEmpty();
    }

    @Test
    void aJournalOfANewerVersionFailsTheOpenClearlyAndIsLeftAsItWas() throws Exception {
        setVersion(journal, 7);
        byte[] journalBefore = Files.readAllBytes(journal);
        byte[] projectBefore = Files.readAllBytes(file);

        assertThatThrownBy(() -> new SharedFileSession(file).close()).isInstanceOfSatisfying(StoreException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(StoreProblem.RECOVERY_JOURNAL_NEWER);
                    assertThat(sentence(e, Locale.ROOT)).contains("此恢复记录由较新版本的 Rectimap 写入",
                            journal.toString(), "请用新版本打开", "记录原样保留");
                    assertThat(sentence(e, Locale.ENGLISH)).contains("newer version of Rectimap", journal.toString());
                });

        assertThat(Files.readAllBytes(journal)).isEqualTo(journalBefore);
        assertThat(Arrays.equals(Files.readAllBytes(file), projectBefore)).as("project untouched").isTrue();
    }

    private static String sentence(StoreException e, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("rectimap.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("store." + e.problem().name()), locale)
                .format(new Object[] {e.file(), e.subject()});
    }

    private static int version(Path journal) throws Exception {
        return ByteBuffer.wrap(Files.readAllBytes(journal), VERSION_AT, 4).getInt();
    }

    private static void setVersion(Path journal, int version) throws Exception {
        byte[] bytes = Files.readAllBytes(journal);
        ByteBuffer.wrap(bytes).putInt(VERSION_AT, version);
        Files.write(journal, bytes);
    }
}
