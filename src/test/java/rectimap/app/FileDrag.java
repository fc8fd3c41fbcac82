package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.nio.file.Path;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Files dragged from a file manager and dropped on the map of the real window (see {@link #ontoTheMap}). */
final class FileDrag {
    private FileDrag() {
    }

    /**
     * Delivers what the OS delivers when a file is dragged from a file manager and released over the map: DRAG_OVER
     * then DRAG_DROPPED with a dragboard holding the file list, dispatched to the map node through the scene (so the
     * handlers MainWindow wired on the map run exactly as for a real drop). Monocle cannot start an OS drag, and an
     * in-app drag gesture under Monocle never reaches DRAG_DROPPED, so the events are built here; the dragboard's
     * peer stands in for the OS drag clipboard (JavaFX's local clipboard refuses to say its transfer modes).
     */
    static void ontoTheMap(FxRobot robot, Path... files) {
        ontoTheMapAt(robot, 0.5, 0.5, files);
    }

    /** As {@link #ontoTheMap}, released at this fraction of the map's width and height. */
    static void ontoTheMapAt(FxRobot robot, double fx, double fy, Path... files) {
        Node map = robot.lookup("#mapView").query();
        robot.interact(() -> {
            Dragboard board = DragboardHelper.createDragboard(new OsDragClipboard());
            ClipboardContent content = new ClipboardContent();
            content.putFiles(java.util.Arrays.stream(files).map(Path::toFile).toList());
            board.setContent(content);
            Bounds onScreen = map.localToScreen(map.getBoundsInLocal());
            double x = onScreen.getMinX() + onScreen.getWidth() * fx;
            double y = onScreen.getMinY() + onScreen.getHeight() * fy;
            // A DragEvent is made with SCENE coordinates; dispatching it to the map turns them into the map's own.
            Point2D scene = map.localToScene(map.screenToLocal(x, y));
            DragEvent over = new DragEvent(DragEvent.DRAG_OVER, board, scene.getX(), scene.getY(), x, y,
                    TransferMode.COPY, null, null, null);
            Event.fireEvent(map, over);
            assertThat(over.getAcceptedTransferMode()).as("the map accepts dragged files").isEqualTo(TransferMode.COPY);
            DragEvent dropped = new DragEvent(DragEvent.DRAG_DROPPED, board, scene.getX(), scene.getY(), x, y,
                    TransferMode.COPY, null, null, null);
            Event.fireEvent(map, dropped);
            assertThat(dropped.isDropCompleted()).isTrue();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The dragboard peer of an OS drag offering COPY: holds what was put, nothing else. */
    private static final class OsDragClipboard implements TKClipboard {
        private final java.util.Map<javafx.scene.input.DataFormat, Object> content = new java.util.LinkedHashMap<>();

        @Override
        public void setSecurityContext(java.security.AccessControlContext context) {
            // the test runs without a security manager
        }

        @Override
        public java.util.Set<javafx.scene.input.DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(javafx.util.Pair<javafx.scene.input.DataFormat, Object>... pairs) {
            for (var pair : pairs) {
                content.put(pair.getKey(), pair.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(javafx.scene.input.DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(javafx.scene.input.DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public java.util.Set<TransferMode> getTransferModes() {
            return java.util.EnumSet.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(javafx.scene.image.Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public javafx.scene.image.Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
