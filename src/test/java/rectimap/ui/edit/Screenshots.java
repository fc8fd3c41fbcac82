package rectimap.ui.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Saves what a window (a dialog too) shows to {@code target/screenshots/NAME.png}, so a person can look at what a
 * test saw. A copy of {@code rectimap.app.Screenshots} taking any window, kept here so the main-window tests stay as
 * they are.
 */
final class Screenshots {
    private Screenshots() {
    }

    static Path save(FxRobot robot, Window window, String name) {
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = window.getScene().snapshot(null));
        Path file = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
