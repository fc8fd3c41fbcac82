package rectimap.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rotating log in the user's log folder: {@code rectimap-0.log} (newest) to {@code rectimap-4.log}, each at most
 * 1 MB, through {@code java.util.logging} (the JDK's own; nothing is printed to users from it). A second running
 * Rectimap (the app and a command line at once) gets its own file set ({@code rectimap-0.log.1}). Call once at start.
 */
public final class AppLog {
    /** Bytes per file before the next one starts. */
    static final int LIMIT_BYTES = 1_000_000;
    /** Files kept; the oldest is dropped. */
    static final int FILES = 5;
    private static final Logger ROOT = Logger.getLogger("");

    private AppLog() {
    }

    /**
     * Starts writing the log in {@code folder} and logs the start of {@code program} with the build's version.
     *
     * @return false when the folder cannot be written (the program runs on without a log file)
     */
    public static boolean start(Path folder, String program) {
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("rectimap-%g.log").toString(), LIMIT_BYTES, FILES, true);
            file.setFormatter(new LogLine());
            file.setEncoding("UTF-8");
            file.setLevel(Level.INFO);
            // The log goes to the file only: JUL's console handler would print INFO lines on users' terminals.
            for (java.util.logging.Handler handler : ROOT.getHandlers()) {
                if (handler instanceof java.util.logging.ConsoleHandler) {
                    ROOT.removeHandler(handler);
                }
            }
            ROOT.addHandler(file);
        } catch (IOException | SecurityException e) {
            return false;
        }
        Logger.getLogger("rectimap").info(() -> program + " started: " + BuildInfo.current().line() + ", Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name"));
        return true;
    }
}
