package rectimap.ui.map;

import javafx.scene.image.Image;
import rectimap.render.Viewport;

/**
 * A crisp map frame painted off the FX thread: the {@code generation}-th frame asked for, made for {@code viewport}
 * (logical pixels; the image may have more: the screen's pixel scale times as many each way),
 * painted on the thread named {@code paintedOn} between {@code startNanos} and {@code endNanos}
 * ({@link System#nanoTime()}). A frame of a higher generation always shows the newer state of the map.
 */
public record MapFrame(long generation, Viewport viewport, Image image, String paintedOn, long startNanos,
                       long endNanos) {
}
