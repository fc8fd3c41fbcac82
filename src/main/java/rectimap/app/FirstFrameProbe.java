package rectimap.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import rectimap.install.StartTrace;
import rectimap.ui.MainWindow;

/**
 * For the start-up benchmark ({@code -Drectimap.bench.firstFrame=true}): once the first map of a loaded project has
 * been painted, prints {@code first-frame-ms=N} (milliseconds since the JVM started) and exits. With
 * {@link StartTrace} on (and no exit asked for), marks the window's first painted pulse and the first painted map,
 * and the app runs on.
 */
final class FirstFrameProbe {
    static final String PROPERTY = "rectimap.bench.firstFrame";

    private FirstFrameProbe() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Marks the first pulse that lays out and paints the shown window ("window painted": the empty window with its
     * menus and panels on screen, before the project's map).
     */
    static void traceFirstPaint(javafx.stage.Stage stage) {
        stage.setOnShown(e -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(once[0]);
                StartTrace.mark("window painted");
            };
            stage.getScene().addPostLayoutPulseListener(once[0]);
        });
    }

    static void watch(MainWindow window) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (window.model().project() != null && window.mapView().framesPainted() > 0
                        && !window.mapView().isPaintPending()) {
                    stop();
                    long ms = StartTrace.sinceJvmStart();
                    StartTrace.mark("map painted");
                    if (requested()) {
                        System.out.println("first-frame-ms=" + ms);
                        Platform.exit();
                    }
                }
            }
        }.start();
    }
}
