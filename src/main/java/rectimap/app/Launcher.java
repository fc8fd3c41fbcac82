package rectimap.app;

import javafx.application.Application;

/**
 * The desktop entry point ({@code mvn javafx:run}). It does not extend {@link Application}: launching through a plain
 * class keeps JavaFX happy on the class path ("JavaFX runtime components are missing" otherwise).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(RectimapApp.class, args);
    }
}
