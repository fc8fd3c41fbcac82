package rectimap.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import rectimap.geo.Epsg;
import rectimap.install.BuildInfo;
import rectimap.install.StartTrace;
import rectimap.install.Startup;
import rectimap.install.UserFolders;
import rectimap.ui.Messages;

/**
 * The desktop entry point ({@code mvn javafx:run}, the installed {@code rectimap}). It does not extend
 * {@link Application}: launching through a plain class keeps JavaFX happy on the class path ("JavaFX runtime
 * components are missing" otherwise). {@code --version} prints the build and exits without opening a window.
 */
public final class Launcher {
    /**
     * The user's folders made ready (one-time move from ~/.rectimap, log started) on a thread of its own while JavaFX
     * starts: off the start path, joined before the window (which reads the user's settings) is built.
     */
    private static volatile CompletableFuture<UserFolders> prepared = CompletableFuture.completedFuture(null);

    private Launcher() {
    }

    public static void main(String[] args) {
        StartTrace.mark("main");
        List<String> arguments = List.of(args);
        if (arguments.contains("--version")) {
            System.out.println(BuildInfo.current().line());
            return;
        }
        StartOptions options = StartOptions.parse(arguments);
        // JavaFX's own texts (OK, Cancel in dialogs) follow the default locale: make it the interface language.
        java.util.Locale.setDefault(options.language().locale());
        prepared = CompletableFuture.supplyAsync(() -> {
            UserFolders folders = Startup.prepare("rectimap");
            StartTrace.mark("folders and log");
            // The display projection (proj4j's EPSG tables), which the map's model needs first, while the FX thread
            // still starts the toolkit: off its path.
            rectimap.geo.CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
            rectimap.geo.CrsTransform.between(Epsg.CGCS2000_GK_CM_111E, Epsg.CGCS2000);
            StartTrace.mark("projection ready");
            return folders;
        }, runnable -> {
            Thread thread = new Thread(runnable, "user-folders");
            thread.setDaemon(true);
            thread.start();
        });
        UnexpectedFailures.install(UserFolders.current(), new Messages(options.language()), arguments);
        Application.launch(RectimapApp.class, args);
    }

    /** Waits until the user's folders are ready (at once when not started through {@link #main}). */
    static void awaitUserFolders() {
        prepared.join();
    }
}
