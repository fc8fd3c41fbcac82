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
        // JavaFX's own texts (OK, Cancel in dialogs) follow the default locale: make it the interface language.
        java.util.Locale.setDefault(StartOptions.parse(java.util.List.of(args)).language().locale());
        Application.launch(RectimapApp.class, args);
    }
}
