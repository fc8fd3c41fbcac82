package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.store.Sqlite3;
import rectimap.ui.MainWindow;
import rectimap.ui.basemap.BasemapActions;
import rectimap.ui.basemap.BasemapEntry;

/**
 * An XYZ service is named by what it shows, not by its host alone: the layer its template names ("ortho/webmercator
 * (127.0.0.1)"), or the title the user typed in 底图 → 添加在线服务…, in the layer panel, in 下载底图's source list
 * and in the basemap switcher when a project keeps it as its basemap. Nothing is fetched: the port is closed.
 */
class ServiceTitleWindowTest {
    private static final String TEMPLATE = "http://127.0.0.1:9/tiles/ortho/webmercator/{z}/{x}/{y}.png";
    private static final String TEMPLATE_TITLE = "ortho/webmercator (127.0.0.1)";
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void anXyzServiceIsTitledByItsLayerOrByTheUsersTitle(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        robot.interact(() -> window.rasters().add(TEMPLATE));
        assertThat(rowTitle(robot, 0)).isEqualTo(TEMPLATE_TITLE);

        robot.clickOn("#menuBasemap").clickOn("#menuAddService");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#serviceUrl").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#serviceUrl").queryAs(TextField.class).setText("http://127.0.0.1:9/{z}/{x}/{y}.jpg");
            robot.lookup("#serviceTitle").queryAs(TextField.class).setText("解州镇无人机影像 2024");
        });
        robot.clickOn("#serviceOk");
        assertThat(rowTitle(robot, 1)).isEqualTo("解州镇无人机影像 2024");
        Screenshots.save(robot, window.stage(), "service-titles");

        robot.clickOn("#menuBasemap").clickOn("#menuBasemapDownload");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#downloadSource").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<BasemapEntry> sources = robot.lookup("#downloadSource").queryAs(ComboBox.class);
        assertThat(sources.getItems()).extracting(BasemapEntry::label)
                .contains(TEMPLATE_TITLE, "解州镇无人机影像 2024");
        robot.interact(() -> ((Stage) sources.getScene().getWindow()).close());

        // A project that keeps the service as its basemap names it so in the switcher.
        Path project = window.model().project().file();
        robot.interact(() -> window.stage().close());
        Sqlite3.lines(project, "INSERT OR REPLACE INTO gpkgext_rectimap_settings (key, value) VALUES ('"
                + BasemapActions.SETTING_KEY + "', '" + TEMPLATE + "');");
        sample.openAgain(robot, project);
        sample.awaitEditingSession();
        @SuppressWarnings("unchecked")
        ComboBox<BasemapEntry> switcher = robot.lookup("#basemapSwitcher").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> switcher.getValue() != null
                && switcher.getValue().location().equals(TEMPLATE));
        assertThat(switcher.getValue().label()).isEqualTo(TEMPLATE_TITLE);
    }

    /** The title of the raster row {@code index} (0 = the first added) once it is shown. */
    private String rowTitle(FxRobot robot, int index) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#rasterVisible-" + index).tryQuery().isPresent());
        return robot.lookup("#rasterVisible-" + index).queryAs(CheckBox.class).getText();
    }
}
