package rectimap.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window's arrangement ({@code #mainRoot}): the bars on top, then the split ({@code #mainSplit}) of the layer
 * panels, the map and the side tabs with the dividers the user left last time ({@link ViewMemory}), and the status bar
 * at the bottom; the theme stylesheet and the window's font. FX thread.
 */
final class WindowLayout {
    /** The window's size when it first opens, in pixels. */
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 900;
    private final SplitPane split;
    private final Scene scene;

    /**
     * @param layerPanels the left column, top to bottom; the first takes the spare height
     */
    WindowLayout(VBox bars, Region[] layerPanels, Node map, Region sideTabs, Node statusBar, FxFonts fonts,
                 ViewMemory memory) {
        VBox layerSide = new VBox(layerPanels);
        VBox.setVgrow(layerPanels[0], Priority.ALWAYS);
        split = new SplitPane(layerSide, map, sideTabs);
        split.setId("mainSplit");
        // Wide enough at 1400 px for every side tab title: none hides in the overflow menu.
        split.setDividerPositions(0.16, 0.72);
        SplitPane.setResizableWithParent(layerSide, false);
        SplitPane.setResizableWithParent(sideTabs, false);
        memory.restorePanels(split);
        BorderPane root = new BorderPane(split, bars, null, statusBar, null);
        root.setId("mainRoot");
        fonts.applyTo(root);
        scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(WindowLayout.class.getResource("theme.css").toExternalForm());
    }

    /** The split whose dividers {@link ViewMemory#remember} keeps. */
    SplitPane split() {
        return split;
    }

    Scene scene() {
        return scene;
    }
}
