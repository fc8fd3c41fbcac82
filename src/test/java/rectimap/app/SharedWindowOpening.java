package rectimap.app;

import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.store.pg.PublishedSample;
import rectimap.ui.MainWindow;

/** Opens a published shared project in the test's window as {@code user} and waits until its session is shown. */
final class SharedWindowOpening {
    private SharedWindowOpening() {
    }

    static void open(FxRobot robot, MainWindow window, PublishedSample shared, String user) throws Exception {
        Object before = window.editing().session().orElse(null);
        robot.interact(() -> window.openShared(shared.address(user).toString(), null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.editing().session()
                .map(s -> s != before && s.project().file().toString().contains(shared.database())).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
