package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
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
class SharedProjectWindowTest {
    @RegisterExtension
    static final SharedWindowFixture fixture = new SharedWindowFixture();

    private static Feature feature(EditSession session, long id) {
        return session.project().layer("cleanup_zone").orElseThrow().layer().feature(id).orElseThrow();
    }

    @Test
    void othersEditsAppearAndMineAreWritten(FxRobot robot) throws Exception {
        PublishedSample shared = fixture.publish();
        MainWindow window = fixture.window();
        fixture.open(shared, PgCluster.SUPERUSER);
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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "我的修改".equals(SharedWindowFixture.query(shared,
                "SELECT note FROM campaign.cleanup_zone WHERE fid = 2")));
    }

    @Test
    void aDeadServerIsOneSentence(FxRobot robot) throws Exception {
        MainWindow window = fixture.awaitWindow();
        robot.interact(() -> window.openShared("postgresql://me@127.0.0.1:1/campaign", null));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#openErrorDialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#openErrorDialog").query();
        assertThat(pane.getContentText()).startsWith("无法连接共享项目的数据库服务器：campaign@127.0.0.1:1")
                .doesNotContain("Exception");
        assertThat(window.editing().session()).isPresent();
    }
}
