package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.media.PhotoLayer;
import rectimap.media.TestPhotos;
import rectimap.ui.MainWindow;

/**
 * A photo file dragged from a file manager onto a supervision case on the map of the real window is attached to the
 * case (stored in the project file), and identify on the case then shows its thumbnail. Its 照片 point shows on the
 * map at once (issue 17 point 3: it used to appear only after the project was opened again).
 */
class PhotoDropTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void aPhotoDroppedOnACaseShowsAsItsThumbnailInIdentify(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        PhotoDropSteps.centreOnTheFirstCase(robot, sample, window);
        Path photo = TestPhotos.jpeg(sample.home().resolve("现场照片.jpg"), 1600, 1200, 9);

        FileDrag.ontoTheMap(robot, photo);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#statusMessage").queryAs(Label.class)
                .getText().startsWith("已添加 1 张照片"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.model().project().layer(PhotoLayer.TABLE)
                .map(layer -> layer.layer().features().size()).orElse(0) == 1);
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).startsWith("已添加 1 张照片");
        PhotoDropSteps.identifyShowsTheThumbnail(robot);
        // The photo's 照片 point (placed on the case: the file has no GPS) is drawn over the case, so identify picks
        // it; its strip shows the same photo.
        assertThat(window.identify().picked()).hasValueSatisfying(f -> assertThat(f.ref().tableName())
                .isEqualTo(PhotoLayer.TABLE));
        Screenshots.save(robot, window.stage(), "photo-identify");

        robot.clickOn("#photoCompare");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#photoViewer").tryQuery().isPresent());
        assertThat(robot.lookup("#photoBeforeCaption").queryAs(Label.class).getText()).contains("现场照片.jpg");
    }
}
