package rectimap.app;

import javafx.application.Application;
import javafx.stage.Stage;
import rectimap.install.StartTrace;
import rectimap.ui.MainWindow;
import rectimap.ui.Messages;

/** The JavaFX application: builds the main window, shows it and opens the first project in the background. */
public final class RectimapApp extends Application {

    @Override
    public void start(Stage stage) {
        StartTrace.mark("fx started");
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        // The window reads the user's settings: the folders must be in place (ready long since, in parallel with
        // JavaFX's own start, in practice).
        Launcher.awaitUserFolders();
        MainWindow window = new MainWindow(stage, new Messages(options.language()), new EditingProjectLoader(options.sample()),
                options.sample());
        StartTrace.mark("window built");
        if (StartTrace.on()) {
            FirstFrameProbe.traceFirstPaint(stage);
        }
        stage.show();
        StartTrace.mark("window shown");
        if (FirstFrameProbe.requested() || StartTrace.on()) {
            FirstFrameProbe.watch(window);
        }
        if (options.shared().isPresent()) {
            window.openShared(options.shared().get(), null);
        } else {
            window.open(options.firstProject());
        }
        // The window's icon (task bar, Alt+Tab) after the first project is on its way: it is not on the start path.
        stage.getIcons().add(new javafx.scene.image.Image(RectimapApp.class.getResource("rectimap.png").toExternalForm(),
                true));
    }
}
