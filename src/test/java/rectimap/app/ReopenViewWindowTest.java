package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.control.SplitPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.render.Viewport;
import rectimap.ui.MainWindow;

/**
 * Issue 11 point 13: quit with the map on 解州镇 at 1:25,000 and the panels resized; opening the project again shows
 * the same view and panel sizes (kept in the user's settings, not in the project file).
 */
class ReopenViewWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void theLastViewAndPanelSizesComeBack(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Coordinate centre = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E).apply(110.85, 34.92);
        SplitPane split = robot.lookup("#mainSplit").queryAs(SplitPane.class);
        robot.interact(() -> {
            window.model().zoomToScale(25_000);
            window.model().setViewport(window.model().viewport().centredOn(centre.x, centre.y));
            split.setDividerPositions(0.2, 0.7);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Viewport before = window.model().viewport();
        double[] dividers = split.getDividerPositions();
        robot.interact(() -> window.stage().close());

        MainWindow reopened = sample.openAgain(robot, SampleProject.location());
        sample.awaitEditingSession();
        WaitForAsyncUtils.waitForFxEvents();
        Viewport after = reopened.model().viewport();
        assertThat(after.centerX()).isCloseTo(before.centerX(), within(0.01));
        assertThat(after.centerY()).isCloseTo(before.centerY(), within(0.01));
        assertThat(reopened.model().scaleDenominator()).isCloseTo(25_000, within(1.0));
        SplitPane again = (SplitPane) reopened.stage().getScene().lookup("#mainSplit");
        assertThat(again.getDividerPositions()[0]).isCloseTo(dividers[0], within(0.01));
        assertThat(again.getDividerPositions()[1]).isCloseTo(dividers[1], within(0.01));
        Screenshots.save(robot, reopened.stage(), "reopened-view");
    }
}
