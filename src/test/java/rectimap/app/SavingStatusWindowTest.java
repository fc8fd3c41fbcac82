package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.planning.CleanupZoneSchema;
import rectimap.edit.CommandRefused;
import rectimap.edit.SetLayerVisibilityCommand;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.store.SqliteHold;
import rectimap.ui.MainWindow;

/**
 * The window while another program (the sqlite3 shell, as QGIS reading a big layer) holds a read on the project:
 * the user's step waits, the status bar says so with the count and the file, and clears once the step is written.
 */
class SavingStatusWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void aStepWaitingForAnotherProgramIsShownAndClearsOnceWritten(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path file = SampleProject.location();
        Label saving = robot.lookup("#savingStatus").queryAs(Label.class);
        assertThat(saving.getText()).isEmpty();
        try (SqliteHold qgis = SqliteHold.reading(file)) {
            robot.interact(() -> {
                try {
                    window.editing().session().orElseThrow().run(new SetLayerVisibilityCommand(CleanupZoneSchema.TABLE,
                            false));
                } catch (CommandRefused refused) {
                    throw new AssertionError(refused);
                }
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !saving.getText().isEmpty());
            assertThat(saving.getText()).startsWith("等待其他程序释放文件…").contains("未保存 1 步", file.getFileName().toString());
            Screenshots.save(robot, window.stage(), "saving-waiting-for-other-program");
        }
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> saving.getText().isEmpty());
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(store.history()).extracting(step -> step.name()).last().asString().contains("隐藏图层");
        }
    }
}
