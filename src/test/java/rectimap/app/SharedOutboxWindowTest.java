package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.edit.CommandRefused;
import rectimap.edit.EditSession;
import rectimap.edit.UpdateAttributesCommand;
import rectimap.store.UserFolder;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PublishedSample;
import rectimap.ui.MainWindow;

/**
 * The window keeps a shared project's waiting steps on disk: with the server stopped, an edit waits (the status bar
 * says 离线), the project is closed, the server starts again, and on reopening the step is sent and lands on the
 * server exactly once, and the window shows it. When another user (张三, over JDBC) changed the same zone before the
 * reopening, the server refuses the step and the window opens the conflict dialog; undecided, the step stays in the
 * outbox (the app quit and started again offers it again), and the dialog says the edit was kept from the last
 * session (which feature, when); 全用我的 saves one new step with my values, 全用对方的
 * leaves theirs; either way the step leaves the outbox.
 */
class SharedOutboxWindowTest {
    private static final String NOTE = "离线时的修改";
    private static final String OTHER = "张三";
    private static final String THEIRS = "张三的备注";
    @RegisterExtension
    static final SharedWindowFixture fixture = new SharedWindowFixture();
    private static LocalDateTime editedFrom;
    private static LocalDateTime editedTo;

    @Test
    void aStepMadeOfflineIsSentOnceWhenTheProjectIsOpenedAgain(FxRobot robot) throws Exception {
        PublishedSample shared = fixture.publish();
        fixture.open(shared, PgCluster.SUPERUSER);
        editOfflineAndClose(robot, shared, Map.of("note", NOTE));
        assertThat(notes(shared, NOTE)).as("nothing reached the stopped server").isZero();

        fixture.open(shared, PgCluster.SUPERUSER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> notes(shared, NOTE) == 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> NOTE.equals(fixture.window().editing().session()
                .orElseThrow().project().layer("cleanup_zone").orElseThrow().layer().feature(3).orElseThrow()
                .get("note")));
        assertThat(steps(shared)).as("the step is applied exactly once").isEqualTo(1);
    }

    @Test
    void aReplayedStepThatConflictsOpensTheDialogAndAllMineSavesOneNewStep(FxRobot robot) throws Exception {
        PublishedSample shared = conflictWaitingInTheOutbox(robot);
        int before = steps(shared);
        fixture.open(shared, PgCluster.SUPERUSER);
        DialogPane dialog = awaitDialog(robot);
        assertThat(robot.lookup("#conflictTitle-cleanup_zone-3").queryAs(Label.class).getText()).contains(OTHER);
        String kept = robot.lookup("#conflictKept").queryAs(Label.class).getText();
        assertThat(kept).as("the dialog says the edit was kept from the last session, which feature and when")
                .contains("上次", "整治片区 #3");
        assertThat(keptTime(kept)).isBetween(editedFrom.truncatedTo(ChronoUnit.MINUTES), editedTo);
        assertThat(SharedWindowFixture.labels(dialog)).contains(THEIRS, NOTE, "解州镇政府");
        Screenshots.save(robot, (Stage) dialog.getScene().getWindow(), "shared-replayed-conflict-dialog");
        assertThat(outbox()).as("undecided: the step stays in the outbox").isNotEmpty();

        fixture.restart();
        assertThat(outbox()).as("quitting with the dialog open keeps the step").isNotEmpty();
        fixture.open(shared, PgCluster.SUPERUSER);
        awaitDialog(robot);
        robot.clickOn("#conflictAllMine");
        robot.clickOn("#conflictSave");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#conflictDialog").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes(shared, NOTE) == 1);
        assertThat(SharedWindowFixture.query(shared, "SELECT unit FROM campaign.cleanup_zone WHERE fid = 3"))
                .isEqualTo("解州镇政府");
        assertThat(steps(shared)).as("my values are one new step").isEqualTo(before + 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outbox().isEmpty());
    }

    @Test
    void aReplayedStepThatConflictsIsGivenUpWithAllTheirs(FxRobot robot) throws Exception {
        PublishedSample shared = conflictWaitingInTheOutbox(robot);
        int before = steps(shared);
        fixture.open(shared, PgCluster.SUPERUSER);
        awaitDialog(robot);
        robot.clickOn("#conflictAllTheirs");
        robot.clickOn("#conflictSave");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#conflictDialog").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outbox().isEmpty());
        assertThat(notes(shared, THEIRS)).as("the server keeps theirs").isEqualTo(1);
        assertThat(notes(shared, NOTE)).isZero();
        assertThat(steps(shared)).isEqualTo(before);
    }

    /**
     * The project published, opened, my note and unit of zone 3 changed while the server is stopped, the project
     * closed; then, the server up again, 张三 changes the zone's note. My step waits in the outbox.
     */
    private static PublishedSample conflictWaitingInTheOutbox(FxRobot robot) throws Exception {
        PublishedSample shared = fixture.publish();
        shared.officeAccount(OTHER, "zhang-pw");
        fixture.open(shared, PgCluster.SUPERUSER);
        editedFrom = LocalDateTime.now();
        editOfflineAndClose(robot, shared, Map.of("note", NOTE, "unit", "解州镇政府"));
        editedTo = LocalDateTime.now();
        try (var zhang = shared.cluster().connect(OTHER, shared.database()); var s = zhang.createStatement()) {
            s.executeUpdate("UPDATE campaign.cleanup_zone SET note = '" + THEIRS + "' WHERE fid = 3");
        }
        assertThat(outbox()).isNotEmpty();
        return shared;
    }

    /** Stops the server, changes zone 3 (the status bar says 离线), closes the project, starts the server. */
    private static void editOfflineAndClose(FxRobot robot, PublishedSample shared, Map<String, Object> values)
            throws Exception {
        MainWindow window = fixture.window();
        shared.cluster().stop("fast");
        try {
            EditSession session = window.editing().session().orElseThrow();
            robot.interact(() -> {
                try {
                    session.run(new UpdateAttributesCommand("cleanup_zone", 3, values));
                } catch (CommandRefused e) {
                    throw new IllegalStateException(e);
                }
            });
            // Looked up on the FX thread: the scene graph changes meanwhile (a lookup from here once met it half-changed).
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot
                    .lookup("#savingStatus").queryAs(Label.class).getText()).get().startsWith("离线"));
            robot.interact(() -> window.open(shared.file()));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.editing().session()
                    .map(s -> s.project().file().equals(shared.file())).orElse(false));
        } finally {
            shared.cluster().start();
        }
    }

    /** The "yyyy-MM-dd HH:mm" time the dialog's kept-step sentence names. */
    private static LocalDateTime keptTime(String sentence) {
        Matcher time = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}").matcher(sentence);
        assertThat(time.find()).as("a time in: " + sentence).isTrue();
        return LocalDateTime.parse(time.group(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    private static DialogPane awaitDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#conflictDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#conflictDialog").query();
    }

    /** The outbox files in this test's data folder. */
    private static java.util.List<Path> outbox() throws Exception {
        Path folder = UserFolder.path().resolve("outbox");
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static int notes(PublishedSample shared, String note) throws Exception {
        return SharedWindowFixture.count(shared, "SELECT count(*) FROM campaign.cleanup_zone WHERE note = ?", note);
    }

    private static int steps(PublishedSample shared) throws Exception {
        return SharedWindowFixture.count(shared, "SELECT count(*) FROM campaign.rectimap_step WHERE action <> ?", "");
    }
}
