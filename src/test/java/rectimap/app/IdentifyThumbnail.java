package rectimap.app;

import javafx.scene.image.ImageView;
import org.testfx.api.FxRobot;

/** The picture of a photo's thumbnail in identify's strip ({@code #photoThumbImage-<id>}; grey until it arrives). */
final class IdentifyThumbnail {
    private IdentifyThumbnail() {
    }

    static ImageView picture(FxRobot robot, long photoId) {
        return robot.lookup("#photoThumbImage-" + photoId).queryAs(ImageView.class);
    }
}
