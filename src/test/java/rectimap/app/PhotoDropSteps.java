package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.locationtech.jts.geom.Point;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.ui.MainWindow;

/** The steps the photo window tests share: a case in view to drop on, and identify's thumbnail of a photo. */
final class PhotoDropSteps {
    private PhotoDropSteps() {
    }

    /** Centres {@code window}'s map on the sample's first supervision case at 1:5,000; where the case is. */
    static Point centreOnTheFirstCase(FxRobot robot, SampleWindowFixture sample, MainWindow window) {
        Point at = (Point) window.model().project().layer(SupervisionCaseSchema.TABLE).orElseThrow().layer()
                .features().get(0).geometry();
        sample.centreOn(robot, window, at.getX(), at.getY(), 5_000);
        WaitForAsyncUtils.waitForFxEvents();
        return at;
    }

    /**
     * Identifies what is at the map's centre (a click) and waits until its first photo shows as a thumbnail, 240
     * pixels wide.
     */
    static void identifyShowsTheThumbnail(FxRobot robot) throws TimeoutException {
        robot.clickOn("#mapCanvas");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#photoThumb-1").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> IdentifyThumbnail.picture(robot, 1).getImage() != null);
        assertThat(IdentifyThumbnail.picture(robot, 1).getImage().getWidth()).isEqualTo(240);
    }
}
