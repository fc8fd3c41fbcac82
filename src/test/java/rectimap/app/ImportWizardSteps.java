package rectimap.app;

import static rectimap.app.Labels.text;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.ui.MainWindow;

/** The window's import wizard driven as a user does, from the test thread. */
final class ImportWizardSteps {
    /** A guard against a step that never ends, not a speed requirement. */
    private static final long WAIT_SECONDS = 60;

    private ImportWizardSteps() {
    }

    /**
     * 下一步 twice (past the target and the invalid-geometry steps), 导入, then the result sentence once it starts
     * with {@code start}.
     */
    static String finish(FxRobot robot, String start) throws TimeoutException {
        robot.clickOn("#importNext");
        robot.clickOn("#importNext");
        return run(robot, start);
    }

    /** 导入 on the last step, then the result sentence once it starts with {@code start}. */
    static String run(FxRobot robot, String start) throws TimeoutException {
        robot.clickOn("#importRun");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> text(robot, "#importResult").startsWith(start));
        return text(robot, "#importResult");
    }

    /** Waits until the project open in {@code window} has the layer {@code table} (the import's layer is shown). */
    static void awaitLayer(MainWindow window, String table) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> window.model().project() != null
                && window.model().project().layer(table).isPresent());
    }
}
