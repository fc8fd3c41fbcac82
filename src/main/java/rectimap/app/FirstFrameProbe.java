package rectimap.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import rectimap.ui.MainWindow;

/**
 * For the start-up benchmark ({@code -Drectimap.bench.firstFrame=true}): once the first map of a loaded project has
 * been painted, prints {@code first-frame-ms=N} (milliseconds since the JVM started) and exits.
 */
final class FirstFrameProbe {
    static final String PROPERTY = "rectimap.bench.firstFrame";

    private FirstFrameProbe() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    static void watch(MainWindow window) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (window.model().project() != null && window.mapView().framesPainted() > 0
                        && !window.mapView().isPaintPending()) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first-frame-ms=" + ms);
                    Platform.exit();
                }
            }
        }.start();
    }
}
