package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.install.BuildInfo;

/** 帮助 → 关于 names the build: version, commit and build date, as {@code --version} prints them. */
class AboutWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void aboutShowsVersionCommitAndBuildDate(FxRobot robot) {
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(i -> "menuAbout".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane about = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        BuildInfo build = BuildInfo.current();
        assertThat(about.getContentText()).contains("版本 " + build.version() + "（提交 " + build.commit() + "，构建于 "
                + build.date() + "）");
        robot.interact(() -> about.getScene().getWindow().hide());
    }
}
