package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.ui.MainWindow;

/**
 * Issue 11 point 11 in the real window at its default 1400×900: while a polygon is drawn (live area), with the
 * pointer over the map and the campaign indicators shown, no key segment of the status bar is cut; and a message
 * is replaced by the next action, an undo included.
 */
class StatusBarWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void keySegmentsAreWholeAndMessagesFollowTheLastAction(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        assertThat(window.stage().getScene().getWidth()).isEqualTo(1400);
        sample.centreOn(robot, window, 110.85, 34.92, 80_963);
        robot.clickOn("#tool-POLYGON");
        Node canvas = robot.lookup("#mapCanvas").query();
        double cx = window.model().viewport().widthPx() / 2.0;
        double cy = window.model().viewport().heightPx() / 2.0;
        robot.clickOn(canvas.localToScreen(new Point2D(cx - 200, cy - 150)));
        robot.clickOn(canvas.localToScreen(new Point2D(cx + 200, cy - 150)));
        robot.moveTo(canvas.localToScreen(new Point2D(cx + 200, cy + 150)));
        robot.interact(() -> window.statusBar().showMessage("已完成：补齐空白 解州镇 与 龙居镇 之间 30,000 平方米的空白"
                + "(可撤销),另有很长的一段说明文字用来占满整个状态栏的剩余空间"));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, window.stage(), "status-bar-drawing");
        assertThat(label(robot, "#statusTool").getText()).startsWith("面积").contains("亩").contains("公顷");
        for (String id : List.of("#statusTool", "#coverageIndicator", "#overdueIndicator", "#statusSnapping",
                "#statusLonLat", "#statusGridXy", "#statusScale")) {
            Label segment = label(robot, id);
            assertThat(segment.getText()).as(id).isNotBlank();
            assertThat(shown(segment)).as(id + " is shown whole").isEqualTo(segment.getText());
        }
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.clickOn("#tool-PAN");

        // An action replaces the message; undoing it replaces that one in turn.
        robot.clickOn("#layerVisible-village");
        WaitForAsyncUtils.waitForFxEvents();
        String afterAction = label(robot, "#statusMessage").getText();
        assertThat(afterAction).startsWith("已完成");
        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#statusMessage").getText()).startsWith("已撤销").isNotEqualTo(afterAction);
        robot.clickOn("#menuEdit").clickOn("#menuRedo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#statusMessage").getText()).startsWith("已重做");
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    /** The text the label actually draws (its LabeledText child), "…"-shortened when the label is too narrow. */
    private static String shown(Label label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
