package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.edit.EditSession;
import rectimap.edit.UpdateAttributesCommand;
import rectimap.model.Feature;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PublishedSample;
import rectimap.ui.MainWindow;

/**
 * The real window opens a shared project (File → 打开共享项目…, here by its action), shows another user's edit within
 * 2 s without reloading, and writes the user's own edit into the database; a dead server is one sentence.
 */
@ExtendWith(ApplicationExtension.class)
class SharedProjectWindowTest {
    @RegisterExtension
    static final SampleWindowFixture sample = new SampleWindowFixture();
    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = sample.open(stage);
    }

    private static Feature feature(EditSession session, long id) {
        return session.project().layer("cleanup_zone").orElseThrow().layer().feature(id).orElseThrow();
    }

    @Test
    void othersEditsAppearAndMineAreWritten(FxRobot robot) throws Exception {
        sample.awaitEditingSession();
        PublishedSample shared = PublishedSample.create(dir);
        String url = shared.address(PgCluster.SUPERUSER).toString();
        robot.interact(() -> window.openShared(url, null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.editing().session()
                .map(s -> s.project().file().toString().contains(shared.database())).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        EditSession session = window.editing().session().orElseThrow();
        assertThat(session.project().layer("township")).isPresent();

        long sent = System.nanoTime();
        try (Connection other = shared.cluster().superuser(shared.database()); Statement s = other.createStatement()) {
            s.executeUpdate("UPDATE campaign.cleanup_zone SET note = '另一位用户' WHERE fid = 1");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "另一位用户".equals(
                feature(window.editing().session().orElseThrow(), 1).get("note")));
        long ms = (System.nanoTime() - sent) / 1_000_000;
        assertThat(ms).as("another user's edit shown after %d ms", ms).isLessThan(2_000);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#statusMessage")
                .queryAs(javafx.scene.control.Label.class).getText().startsWith(PgCluster.SUPERUSER + " 修改了"));
        Screenshots.save(robot, window.stage(), "shared-project-window");

        EditSession now = window.editing().session().orElseThrow();
        robot.interact(() -> {
            try {
                now.run(new UpdateAttributesCommand("cleanup_zone", 2, Map.of("note", "我的修改")));
            } catch (rectimap.edit.CommandRefused e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try (Connection c = shared.cluster().superuser(shared.database()); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT note FROM campaign.cleanup_zone WHERE fid = 2")) {
                return rs.next() && "我的修改".equals(rs.getString(1));
            }
        });
    }

    @Test
    void aDeadServerIsOneSentence(FxRobot robot) throws Exception {
        sample.awaitEditingSession();
        robot.interact(() -> window.openShared("postgresql://me@127.0.0.1:1/campaign", null));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#openErrorDialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#openErrorDialog").query();
        assertThat(pane.getContentText()).startsWith("无法连接共享项目的数据库服务器：campaign@127.0.0.1:1")
                .doesNotContain("Exception");
        assertThat(window.editing().session()).isPresent();
    }
}
