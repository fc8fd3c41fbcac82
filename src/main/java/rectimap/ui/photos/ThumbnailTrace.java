package rectimap.ui.photos;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * With {@code -Drectimap.trace.frames=true} (as {@code ui.map.FrameTrace}), one line on standard error when a
 * thumbnail of identify's photo strip is put on screen, with {@link System#nanoTime()} stamps a driver process can
 * subtract its own send times from (the monotonic clock on Linux):
 * <ul>
 *   <li>{@code rectimap-frame thumb-asked NANOS PHOTO_ID}: the strip asked for the thumbnail (identify has listed
 *       the feature);</li>
 *   <li>{@code rectimap-frame thumb-set NANOS PHOTO_ID}: the decoded thumbnail was given to its view;</li>
 *   <li>{@code rectimap-frame thumb-shown NANOS PHOTO_ID}: the pulse after the one that drew it, when the frame with
 *       the thumbnail has been handed to the screen (an upper bound, as the map's {@code shown}).</li>
 * </ul>
 * Used by {@code bench/run window}; off, it costs one boolean test. FX application thread only.
 */
final class ThumbnailTrace {
    private static final boolean ON = Boolean.getBoolean("rectimap.trace.frames");

    private ThumbnailTrace() {
    }

    /** The strip asks for the thumbnail of {@code photoId}. */
    static void asked(long photoId) {
        if (ON) {
            System.err.println("rectimap-frame thumb-asked " + System.nanoTime() + " " + photoId);
        }
    }

    /** The thumbnail of {@code photoId} was just set on the view shown by {@code shownIn} (a node in the scene). */
    static void set(long photoId, Node shownIn) {
        Scene scene = shownIn.getScene();
        if (!ON || scene == null) {
            return;
        }
        System.err.println("rectimap-frame thumb-set " + System.nanoTime() + " " + photoId);
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            // The first pulse lays out and renders the thumbnail; the second one starts once that frame was handed on.
            if (++pulses[0] == 1) {
                javafx.application.Platform.requestNextPulse();
            } else {
                System.err.println("rectimap-frame thumb-shown " + System.nanoTime() + " " + photoId);
                scene.removePostLayoutPulseListener(listener[0]);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        javafx.application.Platform.requestNextPulse();
    }
}
