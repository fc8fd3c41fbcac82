package rectimap.ui.edit;

import javafx.scene.Parent;
import rectimap.ui.FxFonts;
import rectimap.ui.MainWindow;

/**
 * Gives a dialog or panel the look of the main window: its theme, the editing stylesheet and the CJK font family
 * (a dialog is its own window and does not inherit the main scene's font, so Chinese would fall back otherwise).
 * FX thread only.
 */
public final class DialogTheme {
    private DialogTheme() {
    }

    /** Adds the stylesheets and, for a dialog's root, the CJK font family. */
    public static void applyTo(Parent root, FontScope scope) {
        root.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        root.getStylesheets().add(DialogTheme.class.getResource("edit.css").toExternalForm());
        if (scope == FontScope.OWN_WINDOW) {
            FxFonts.discover().applyTo(root);
        }
    }

    /** Whether the node sits in the main window (inherits its font) or in a window of its own. */
    public enum FontScope {
        MAIN_WINDOW, OWN_WINDOW
    }
}
