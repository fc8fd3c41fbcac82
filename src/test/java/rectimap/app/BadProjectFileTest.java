package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.ui.MainWindow;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/** Starting on a file that is not a project explains why in Chinese and opens the sample instead of crashing. */
@ExtendWith(ApplicationExtension.class)
class BadProjectFileTest {
    @TempDir
    static Path dir;
    private MainWindow window;
    private Path notAProject;

    @Start
    void start(Stage stage) throws Exception {
        notAProject = dir.resolve("责任区.gpkg");
        Files.writeString(notAProject, "这不是 GeoPackage", StandardCharsets.UTF_8);
        window = new MainWindow(stage, new Messages(UiLanguage.ZH), new GeoPackageProjectLoader(),
                MainWindowTest.SAMPLE);
        stage.show();
        window.open(notAProject);
    }

    @Test
    void saysWhatIsWrongAndFallsBackToTheSample(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#openErrorDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#openErrorDialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("不是有效的 GeoPackage").contains(notAProject.toString())
                .contains("内置示例");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.model().project() != null);
        assertThat(window.model().project().file()).isEqualTo(MainWindowTest.SAMPLE);
    }
}
