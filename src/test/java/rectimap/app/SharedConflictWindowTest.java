package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.edit.CommandRefused;
import rectimap.edit.EditSession;
import rectimap.edit.UpdateAttributesCommand;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PublishedSample;
import rectimap.ui.MainWindow;

/**
 * Two users on one shared project: the office account 张三 changes a zone's note with plain JDBC while the window's
 * user changes the same zone's note and unit, so the server refuses the window's step. The window then shows the
 * conflict dialog with 张三's version and mine; the user keeps 张三's note and their own unit, and the result is
 * saved as a new step. The status line names 张三.
 */
class SharedConflictWindowTest {
    private static final String OTHER = "张三";
    @RegisterExtension
    static final SharedWindowFixture fixture = new SharedWindowFixture();

    @Test
    void aRefusedStepOpensTheConflictDialogAndTheChoiceIsSavedAsANewStep(FxRobot robot) throws Exception {
        PublishedSample shared = fixture.publish();
        MainWindow window = fixture.window();
        shared.officeAccount(OTHER, "zhang-pw");
        fixture.open(shared, PgCluster.SUPERUSER);
        int stepsBefore = steps(shared);

        EditSession session = window.editing().session().orElseThrow();
        robot.interact(() -> {
            // 张三 saves first; the window's user edits the zone before the window has heard of it.
            try (Connection zhang = shared.cluster().connect(OTHER, shared.database());
                    Statement s = zhang.createStatement()) {
                s.executeUpdate("UPDATE campaign.cleanup_zone SET note = '张三的备注' WHERE fid = 2");
                session.run(new UpdateAttributesCommand("cleanup_zone", 2, Map.of("note", "我的备注",
                        "unit", "解州镇政府")));
            } catch (java.sql.SQLException | CommandRefused e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#conflictDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#conflictDialog").query();
        assertThat(dialog.getHeaderText()).contains("未保存").contains("新的一步");
        assertThat(robot.lookup("#conflictTitle-cleanup_zone-2").queryAs(Label.class).getText())
                .contains("#2").contains(OTHER);
        assertThat(SharedWindowFixture.labels(dialog)).contains("张三的备注", "我的备注", "解州镇政府", OTHER + " 的");
        RadioButton noteMine = robot.lookup("#conflict-cleanup_zone-2-note-mine").queryAs(RadioButton.class);
        RadioButton unitMine = robot.lookup("#conflict-cleanup_zone-2-unit-mine").queryAs(RadioButton.class);
        assertThat(noteMine.isSelected()).as("combine: I changed the note").isTrue();
        assertThat(unitMine.isSelected()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusMessage").queryAs(Label.class)
                .getText().contains(OTHER + " 修改了"));
        Screenshots.save(robot, (Stage) dialog.getScene().getWindow(), "shared-conflict-dialog");
        Label heading = robot.lookup("#conflictTitle-cleanup_zone-2").queryAs(Label.class);
        assertThat((double) ink(robot, heading, true)).as("the heading is drawn bold")
                .isGreaterThan(ink(robot, heading, false) * 1.15);

        robot.clickOn("#conflict-cleanup_zone-2-note-theirs");
        robot.clickOn("#conflictSave");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#conflictDialog").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "解州镇政府".equals(value(shared, "unit")));
        assertThat(value(shared, "note")).isEqualTo("张三的备注");
        assertThat(steps(shared)).as("the settled step is one new step").isEqualTo(stepsBefore + 1);
        EditSession now = window.editing().session().orElseThrow();
        assertThat(now.history().steps()).hasSize(1);
        assertThat(now.project().layer("cleanup_zone").orElseThrow().layer().feature(2).orElseThrow().get("unit"))
                .isEqualTo("解州镇政府");
    }

    /**
     * The dark pixels of {@code label} drawn as a heading ({@code bold}) or as a plain label (its heading class taken
     * off for the snapshot): a bold face or its outline covers more of the pixels.
     */
    private static long ink(FxRobot robot, Label label, boolean bold) {
        long[] dark = new long[1];
        robot.interact(() -> {
            if (!bold) {
                label.getStyleClass().remove("heading");
                label.applyCss();
            }
            javafx.scene.image.Image image = label.snapshot(null, null);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (image.getPixelReader().getColor(x, y).getBrightness() < 0.5) {
                        dark[0]++;
                    }
                }
            }
            if (!bold) {
                label.getStyleClass().add("heading");
            }
        });
        return dark[0];
    }

    private static Object value(PublishedSample shared, String column) throws Exception {
        return SharedWindowFixture.query(shared, "SELECT " + column + " FROM campaign.cleanup_zone WHERE fid = 2");
    }

    private static int steps(PublishedSample shared) throws Exception {
        return SharedWindowFixture.count(shared, "SELECT count(*) FROM campaign.rectimap_step");
    }
}
