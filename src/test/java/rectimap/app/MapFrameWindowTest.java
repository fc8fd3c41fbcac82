package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.VerticalDirection;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.ui.MainWindow;
import rectimap.ui.map.MapFrame;

/**
 * Issue 13, the real window: the crisp map after a wheel zoom is painted off the FX thread (each frame names the
 * thread that painted it), a frame superseded by a newer one is never shown after it, and the highlight is in the
 * frames painted off the thread. Waits for events, never for wall-clock time.
 */
@ExtendWith(ApplicationExtension.class)
class MapFrameWindowTest {
    @RegisterExtension
    static final SampleWindowFixture sample = new SampleWindowFixture();
    private MainWindow window;
    private final List<MapFrame> shown = new CopyOnWriteArrayList<>();
    private final List<String> fxThread = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        window = sample.open(stage);
        window.mapView().addFrameListener(shown::add);
        fxThread.add(Thread.currentThread().getName());
    }

    @Test
    void aWheelZoomEndsInACrispFramePaintedOffTheFxThread(FxRobot robot) throws Exception {
        awaitCrispFrame();
        int before = shown.size();
        robot.moveTo("#mapCanvas").scroll(3, VerticalDirection.UP);
        awaitCrispFrame();
        MapFrame last = shown.get(shown.size() - 1);
        assertThat(shown.size()).isGreaterThan(before);
        assertThat(last.viewport()).isEqualTo(window.model().viewport());
        assertThat(shown).extracting(MapFrame::paintedOn).doesNotContainAnyElementsOf(fxThread)
                .containsOnly("map-frame");
    }

    @Test
    void aSupersededFrameIsNeverShownAfterANewerOne(FxRobot robot) throws Exception {
        awaitCrispFrame();
        for (int step = 0; step < 12; step++) {
            double factor = step % 3 == 2 ? 0.8 : 1.25;
            robot.interact(() -> window.model().zoomAt(factor, 300, 200));
            if (step % 4 == 0) {
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        awaitCrispFrame();
        for (int i = 1; i < shown.size(); i++) {
            assertThat(shown.get(i).generation()).as("frame %d", i).isGreaterThan(shown.get(i - 1).generation());
        }
        assertThat(shown.get(shown.size() - 1).viewport()).isEqualTo(window.model().viewport());
    }

    @Test
    void theHighlightIsInTheFramesAfterAZoom(FxRobot robot) throws Exception {
        awaitCrispFrame();
        Feature township = window.model().project().layer("township").orElseThrow().layer().features().stream()
                .filter(f -> "解州镇".equals(f.text("name"))).findFirst().orElseThrow();
        robot.interact(() -> window.model().zoomToAndHighlight(Set.of(), township.geometry()));
        awaitCrispFrame();
        int plain = highlightPixels(robot);
        robot.interact(() -> window.model().highlight(Set.of(new FeatureRef("township", township.id()))));
        awaitCrispFrame();
        int highlighted = highlightPixels(robot);
        robot.moveTo("#mapCanvas").scroll(2, VerticalDirection.DOWN);
        awaitCrispFrame();
        int afterZoom = highlightPixels(robot);
        assertThat(highlighted).isGreaterThan(10 * plain + 100);
        assertThat(afterZoom).isGreaterThan(10 * plain + 100);
        assertThat(window.model().paintedHighlights()).hasSize(1);
        Screenshots.save(robot, window.stage(), "map-frame-highlight-after-zoom");
    }

    /**
     * The crisp frame on screen is the very image painted off the FX thread, shown by an image view at the viewport's
     * size: no copy of its pixels on the FX thread and no canvas drawing them a second time.
     */
    @Test
    void theFrameShownIsTheImagePaintedOffTheFxThread(FxRobot robot) throws Exception {
        awaitCrispFrame();
        robot.moveTo("#mapCanvas").scroll(1, VerticalDirection.UP);
        awaitCrispFrame();
        MapFrame last = shown.get(shown.size() - 1);
        javafx.scene.Node node = robot.lookup("#mapCanvas").query();
        assertThat(node).isInstanceOf(javafx.scene.image.ImageView.class);
        javafx.scene.image.ImageView view = (javafx.scene.image.ImageView) node;
        assertThat(view.getImage()).isSameAs(last.image());
        assertThat(view.getFitWidth()).isEqualTo(window.model().viewport().widthPx());
        assertThat(view.getFitHeight()).isEqualTo(window.model().viewport().heightPx());
        assertThat(view.getX()).isZero();
        assertThat(view.getY()).isZero();
    }

    /**
     * Every region behind the map paints its background as at most one plain fill: JavaFX draws a background of
     * several fills from a cached image stretched in nine slices, and on a software pipeline (no GPU, as under Xvfb)
     * that stretch over the map's whole area, repeated at every frame of a pan or zoom, was most of the renderer's time.
     */
    @Test
    void theRegionsBehindTheMapPaintOnePlainFillAtMost(FxRobot robot) throws Exception {
        awaitCrispFrame();
        List<String> layered = new java.util.ArrayList<>();
        robot.interact(() -> {
            for (javafx.scene.Parent p = robot.lookup("#mapView").queryParent().getParent(); p != null;
                 p = p.getParent()) {
                if (p instanceof javafx.scene.layout.Region region && region.getBackground() != null
                        && (region.getBackground().getFills().size() > 1
                        || !region.getBackground().getImages().isEmpty())) {
                    layered.add(region.getClass().getSimpleName() + " #" + region.getId() + " "
                            + region.getBackground().getFills().size() + " fills");
                }
            }
        });
        assertThat(layered).isEmpty();
    }

    /**
     * Without an editing tool, pans and wheel zooms never touch the (hidden) tool feedback canvas: clearing it at
     * every frame was the FX thread's longest spell of a pan. With a tool, its feedback is painted again.
     */
    @Test
    void panAndZoomWithoutAToolLeaveTheFeedbackCanvasAlone(FxRobot robot) throws Exception {
        awaitCrispFrame();
        long before = window.mapView().feedbackPaints();
        robot.moveTo("#mapCanvas").scroll(2, VerticalDirection.UP);
        robot.drag(javafx.scene.input.MouseButton.PRIMARY).moveBy(60, 30).drop();
        awaitCrispFrame();
        assertThat(window.mapView().feedbackPaints()).isEqualTo(before);
        assertThat(robot.lookup("#mapOverlay").query().isVisible()).isFalse();

        robot.interact(() -> window.editing().choose(rectimap.ui.tools.ToolKind.SELECT));
        robot.moveTo("#mapCanvas").scroll(1, VerticalDirection.DOWN);
        awaitCrispFrame();
        assertThat(window.mapView().feedbackPaints()).isGreaterThan(before);
        assertThat(robot.lookup("#mapOverlay").query().isVisible()).isTrue();
    }

    private void awaitCrispFrame() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.model().project() != null
                && !window.mapView().isPaintPending());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How many pixels of the map canvas have the highlight's magenta outline colour. */
    private static int highlightPixels(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup("#mapCanvas").query().snapshot(null, null));
        PixelReader pixels = image[0].getPixelReader();
        int count = 0;
        for (int y = 0; y < image[0].getHeight(); y++) {
            for (int x = 0; x < image[0].getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                count += r > 220 && g < 70 && b > 160 ? 1 : 0;
            }
        }
        return count;
    }
}
