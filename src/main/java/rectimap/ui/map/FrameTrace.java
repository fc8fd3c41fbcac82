package rectimap.ui.map;

/**
 * With {@code -Drectimap.trace.frames=true}, one line on standard error per map input and per painted frame, with
 * {@link System#nanoTime()} stamps (on Linux the monotonic clock every process shares, so a driver process can
 * subtract its own send times): {@code rectimap-frame input KIND NANOS}, {@code rectimap-frame paint START_NANOS
 * END_NANOS} (the paint's work on the FX thread) and {@code rectimap-frame shown NANOS} (the next pulse after a paint,
 * when the frame has been handed to the screen). Used by {@code bench/run window}; off, it costs one boolean test.
 * FX thread only.
 */
final class FrameTrace {
    private static final boolean ON = Boolean.getBoolean("rectimap.trace.frames");

    private boolean paintedSinceLastPulse;

    /** A wheel notch, or the end of a pan. */
    void input(String kind) {
        if (ON) {
            System.err.println("rectimap-frame input " + kind + " " + System.nanoTime());
        }
    }

    /** A paint that started at {@code startNanos} has just ended. */
    void painted(long startNanos) {
        if (ON) {
            System.err.println("rectimap-frame paint " + startNanos + " " + System.nanoTime());
            paintedSinceLastPulse = true;
        }
    }

    /** A new pulse: the frame painted in the previous one is on its way to the screen. */
    void pulse() {
        if (ON && paintedSinceLastPulse) {
            paintedSinceLastPulse = false;
            System.err.println("rectimap-frame shown " + System.nanoTime());
        }
    }
}
