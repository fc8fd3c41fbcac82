package rectimap.cli;

import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.render.MapFonts;

/**
 * One-time set-up a command will need after it has read its project, started on a daemon thread at the command's
 * start: on a machine with a free core it overlaps the reading instead of following it (issue 13, cold runs). Each
 * piece is one the command would otherwise do itself on first use, thread-safe and done once per JVM, so the output
 * is the same with or without it; a failure here is left for the command to meet where it uses the piece.
 */
final class AheadOfUse {
    private AheadOfUse() {
    }

    /** The display projection (proj4j's tables and datum grids), for every command that draws. */
    static final Runnable PROJECTION = () -> CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
    /** Java2D's font system with the map's font. */
    static final Runnable IMAGE = () -> MapFonts.base(MapFonts.Choice.SYSTEM_FIRST);

    /** Runs {@code pieces} in order on a daemon thread of their own. */
    static void start(Runnable... pieces) {
        Thread thread = new Thread(() -> {
            for (Runnable piece : pieces) {
                try {
                    piece.run();
                } catch (RuntimeException | LinkageError e) {
                    // The command meets the same failure where it uses the piece, and reports it there.
                }
            }
        }, "ahead-of-use");
        thread.setDaemon(true);
        thread.start();
    }
}
