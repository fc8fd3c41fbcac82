package rectimap.ui.map;

import javafx.application.Platform;

/**
 * With {@code -Drectimap.trace.frames=true}, one line on standard error per map event, with {@link System#nanoTime()}
 * stamps (on Linux the monotonic clock every process shares, so a driver process can subtract its own send times):
 * <ul>
 *   <li>{@code rectimap-frame input KIND NANOS}: a wheel notch, the end of a pan, or a click that identifies;</li>
 *   <li>{@code rectimap-frame request GENERATION NANOS}: a frame asked for (at the pulse after a change);</li>
 *   <li>{@code rectimap-frame paint START END GENERATION THREAD}: that frame painted, on that thread;</li>
 *   <li>{@code rectimap-frame view GENERATION CENTRE_X CENTRE_Y METRES_PER_PIXEL WIDTH HEIGHT SCREEN_X SCREEN_Y}:
 *       that frame's view (display CRS metres, pixels) and where the map's top-left corner is on the screen, so a
 *       driver can click a place it knows by its coordinates;</li>
 *   <li>{@code rectimap-frame shown NANOS GENERATION}: the pulse after the one that drew the frame on the canvas,
 *       when it has been handed to the screen (an upper bound);</li>
 *   <li>{@code rectimap-frame fx-busy POSTED RAN}: the FX thread ran nothing else for more than
 *       {@value #BUSY_MS} ms (a probe task posted every 2 ms, or as {@code rectimap.trace.probeMs} says, waited that long);</li>
 *   <li>{@code rectimap-frame fx-alive NANOS}: at most once a second, the FX thread ran the probe's task (so no
 *       long spell is going on: a spell is only reported when it ends);</li>
 *   <li>{@code rectimap-frame fx-busy-stack POSTED TOTAL COUNT STACK COUNT STACK ...}: for a spell over 16 ms, how
 *       often the FX thread's stack was sampled (every 4 ms) while the probe waited and its three most frequent
 *       stacks (see {@link StackSample}).</li>
 * </ul>
 * Used by {@code bench/run window}; off, it costs one boolean test. FX thread only, apart from the probe.
 */
final class FrameTrace {
    private static final boolean ON = Boolean.getBoolean("rectimap.trace.frames");
    private static final long BUSY_MS = 8;
    /** How often the probe posts its task, in ms; 0 turns the probe off ({@code -Drectimap.trace.probeMs}). */
    private static final long PROBE_MS = Long.getLong("rectimap.trace.probeMs", 2);

    private long drawn = -1;
    private long syncing = -1;

    FrameTrace() {
        if (ON && PROBE_MS > 0) {
            Thread probe = new Thread(FrameTrace::probe, "fx-busy-probe");
            probe.setDaemon(true);
            probe.start();
        }
    }

    /** A wheel notch, the end of a pan, or a click that identifies ("identify"). */
    void input(String kind) {
        if (ON) {
            System.err.println("rectimap-frame input " + kind + " " + System.nanoTime());
        }
    }

    /** The frame of this generation was asked for. */
    void requested(long generation) {
        if (ON) {
            System.err.println("rectimap-frame request " + generation + " " + System.nanoTime());
        }
    }

    /** {@code frame} was just drawn on the canvas, whose top-left corner is at {@code screen}. */
    void drawn(MapFrame frame, javafx.geometry.Point2D screen) {
        if (ON) {
            System.err.println("rectimap-frame paint " + frame.startNanos() + " " + frame.endNanos() + " "
                    + frame.generation() + " " + frame.paintedOn());
            rectimap.render.Viewport view = frame.viewport();
            System.err.println("rectimap-frame view " + frame.generation() + " " + view.centerX() + " "
                    + view.centerY() + " " + view.metresPerPixel() + " " + view.widthPx() + " " + view.heightPx() + " "
                    + (screen == null ? "NaN NaN" : screen.getX() + " " + screen.getY()));
            drawn = frame.generation();
        }
    }

    /** A new pulse: it syncs the frame drawn before it; the one synced by the previous pulse is on screen. */
    void pulse() {
        if (ON) {
            if (syncing >= 0) {
                System.err.println("rectimap-frame shown " + System.nanoTime() + " " + syncing);
            }
            syncing = drawn;
            drawn = -1;
        }
    }

    /**
     * Posts a task every 2 ms and reports when the FX thread made it wait longer than {@value #BUSY_MS} ms; while it
     * waits, samples the FX thread's stack every 4 ms, and reports the most frequent ones for spells over 16 ms.
     */
    private static void probe() {
        Thread[] fx = new Thread[1];
        long alive = 0;
        while (true) {
            long posted = System.nanoTime();
            java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
            Platform.runLater(() -> {
                fx[0] = Thread.currentThread();
                ran.countDown();
            });
            try {
                java.util.Map<String, Integer> stacks = new java.util.HashMap<>();
                while (!ran.await(4, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (fx[0] != null && System.nanoTime() - posted > BUSY_MS * 1_000_000) {
                        stacks.merge(StackSample.of(fx[0].getStackTrace()), 1, Integer::sum);
                    }
                }
                long now = System.nanoTime();
                if (now - alive > 1_000_000_000L) {
                    alive = now;
                    System.err.println("rectimap-frame fx-alive " + now);
                }
                if (now - posted > BUSY_MS * 1_000_000) {
                    System.err.println("rectimap-frame fx-busy " + posted + " " + now);
                    if (now - posted > 16_000_000 && !stacks.isEmpty()) {
                        System.err.println("rectimap-frame fx-busy-stack " + posted + " " + StackSample.top(stacks, 3));
                    }
                }
                Thread.sleep(PROBE_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
