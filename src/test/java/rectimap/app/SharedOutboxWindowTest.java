package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.edit.CommandRefused;
import rectimap.edit.EditSession;
import rectimap.edit.UpdateAttributesCommand;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PublishedSample;
import rectimap.ui.MainWindow;

/**
 * The window keeps a shared project's waiting steps on disk: with the server stopped, an edit waits (the status bar
 * says 离线), the project is closed, the server starts again, and on reopening the step is sent and lands on the
 * server exactly once, and the window shows it.
 */
@ExtendWith(ApplicationExtension.class)
class SharedOutboxWindowTest {
    private static final String NOTE = "离线时的修改";
    @RegisterExtension
    static final SampleWindowFixture sample = new SampleWindowFixture();
    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = sample.open(stage);
    }

    @Test
    void aStepMadeOfflineIsSentOnceWhenTheProjectIsOpenedAgain(FxRobot robot) throws Exception {
        sample.awaitEditingSession();
        PublishedSample shared = PublishedSample.create(dir);
        SharedWindowOpening.open(robot, window, shared, PgCluster.SUPERUSER);

        shared.cluster().stop("fast");
        try {
            EditSession session = window.editing().session().orElseThrow();
            robot.interact(() -> {
                try {
                    session.run(new UpdateAttributesCommand("cleanup_zone", 3, Map.of("note", NOTE)));
                } catch (CommandRefused e) {
                    throw new IllegalStateException(e);
                }
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#savingStatus")
                    .queryAs(Label.class).getText().startsWith("离线"));
            robot.interact(() -> window.open(shared.file()));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.editing().session()
                    .map(s -> s.project().file().equals(shared.file())).orElse(false));
        } finally {
            shared.cluster().start();
        }
        assertThat(rows(shared)).as("nothing reached the stopped server").isZero();

        SharedWindowOpening.open(robot, window, shared, PgCluster.SUPERUSER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows(shared) == 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> NOTE.equals(window.editing().session().orElseThrow()
                .project().layer("cleanup_zone").orElseThrow().layer().feature(3).orElseThrow().get("note")));
        assertThat(steps(shared)).as("the step is applied exactly once").isEqualTo(1);
    }

    private static int rows(PublishedSample shared) throws Exception {
        return count(shared, "SELECT count(*) FROM campaign.cleanup_zone WHERE note = ?", NOTE);
    }

    private static int steps(PublishedSample shared) throws Exception {
        return count(shared, "SELECT count(*) FROM campaign.rectimap_step WHERE action <> ?", "");
    }

    private static int count(PublishedSample shared, String sql, String value) throws Exception {
        try (Connection c = shared.cluster().superuser(shared.database()); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, value);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
