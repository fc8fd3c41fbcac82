package rectimap.app;

import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/** What the window's labels say, looked up by {@code #id} as a test reads them. */
final class Labels {
    private Labels() {
    }

    /** The text of the label {@code id} (a selector such as {@code "#importSummary"}). */
    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
