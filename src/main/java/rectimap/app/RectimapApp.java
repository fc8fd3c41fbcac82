package rectimap.app;

import javafx.application.Application;
import javafx.stage.Stage;
import rectimap.ui.MainWindow;
import rectimap.ui.Messages;

/** The JavaFX application: builds the main window, shows it and opens the first project in the background. */
public final class RectimapApp extends Application {

    @Override
    public void start(Stage stage) {
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        MainWindow window = new MainWindow(stage, new Messages(options.language()), new EditingProjectLoader(options.sample()),
                options.sample());
        stage.show();
        if (FirstFrameProbe.requested()) {
            FirstFrameProbe.watch(window);
        }
        window.open(options.firstProject());
    }
}
