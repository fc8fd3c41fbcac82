package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

/**
 * The app started on a shared project's address that cannot be opened (here no server on the port) is no blank dead
 * end: 打开共享项目 comes up with that address filled in and the reason above it, so the user can correct the address
 * or type a password and try again; 取消 opens the built-in sample, as a start on a bad file does.
 */
@ExtendWith(ApplicationExtension.class)
class StartOnSharedAddressTest {
    private static final String ADDRESS = "postgresql://me@127.0.0.1:1/campaign";
    @TempDir
    static Path home;
    private static String homeBefore;
    private MainWindow window;

    @BeforeAll
    static void ownHome() {
        homeBefore = System.getProperty("rectimap.home");
        System.setProperty("rectimap.home", home.toString());
    }

    @AfterAll
    static void homeBack() {
        if (homeBefore == null) {
            System.clearProperty("rectimap.home");
        } else {
            System.setProperty("rectimap.home", homeBefore);
        }
    }

    @Start
    void start(Stage stage) {
        // The app's own loader, as RectimapApp starts it: it opens shared projects too.
        window = new MainWindow(stage, new Messages(UiLanguage.ZH), new EditingProjectLoader(MainWindowTest.SAMPLE),
                MainWindowTest.SAMPLE);
        stage.show();
        window.openShared(ADDRESS, null);
    }

    @Test
    void theSharedProjectDialogComesUpWithTheAddressAndWhyThenCancelOpensTheSample(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#sharedProjectDialog").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sharedAddress").queryAs(TextField.class).getText()).isEqualTo(ADDRESS);
        assertThat(robot.lookup("#sharedProblem").queryAs(Label.class).getText())
                .startsWith("无法连接共享项目的数据库服务器：campaign@127.0.0.1:1").doesNotContain("Exception");
        assertThat(window.model().project()).isNull();
        DialogPane pane = robot.lookup("#sharedProjectDialog").queryAs(DialogPane.class);
        Screenshots.save(robot, (Stage) pane.getScene().getWindow(), "start-on-shared-address-failed");
        ButtonType cancel = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(cancel)).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.model().project() != null);
        assertThat(window.model().project().file().toString()).doesNotStartWith("postgresql:");
        assertThat(robot.lookup("#sharedProjectDialog").tryQuery()).isEmpty();
    }
}
