package rectimap.install;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the app and the command line do first, before any project is opened: find the user's folders, move
 * {@code ~/.rectimap} into them once (not when {@code -Drectimap.home} names a folder of its own) and start the log.
 * A failed move or an unwritable log folder is logged or ignored, never a reason not to start.
 */
public final class Startup {
    private Startup() {
    }

    /** Prepares the user's folders and the log for {@code program} ("rectimap", "rectimap-cli"); returns the folders. */
    public static UserFolders prepare(String program) {
        UserFolders folders = UserFolders.current();
        String failure = null;
        if (System.getProperty(UserFolders.HOME_PROPERTY) == null) {
            try {
                LegacyFolderMove.run(UserFolders.legacy(Path.of(System.getProperty("user.home"))), folders);
            } catch (IOException | RuntimeException e) {
                failure = e.toString();
            }
        }
        AppLog.start(folders.logs(), program);
        if (failure != null) {
            Logger.getLogger("rectimap").log(Level.WARNING, "moving ~/.rectimap stopped half-way: " + failure);
        }
        return folders;
    }
}
