package rectimap.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Saves what the window shows to {@code target/screenshots/NAME.png}, so a person can look at what a test saw. */
final class Screenshots {
    private Screenshots() {
    }

    static Path save(FxRobot robot, Stage stage, String name) {
        WritableImage image = snapshot(robot, stage);
        Path file = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static WritableImage snapshot(FxRobot robot, Stage stage) {
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = stage.getScene().snapshot(null));
        return holder[0];
    }
}
