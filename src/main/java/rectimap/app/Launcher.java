package rectimap.app;

import java.util.List;
import javafx.application.Application;
import rectimap.install.BuildInfo;
import rectimap.install.Startup;
import rectimap.install.UserFolders;
import rectimap.ui.Messages;

/**
 * The desktop entry point ({@code mvn javafx:run}, the installed {@code rectimap}). It does not extend
 * {@link Application}: launching through a plain class keeps JavaFX happy on the class path ("JavaFX runtime
 * components are missing" otherwise). {@code --version} prints the build and exits without opening a window.
 */
public final class Launcher {
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
        UserFolders folders = Startup.prepare("rectimap");
        UnexpectedFailures.install(folders, new Messages(options.language()), arguments);
        StartTrace.mark("folders and log");
        Application.launch(RectimapApp.class, args);
    }
}
