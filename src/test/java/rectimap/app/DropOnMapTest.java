package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.ui.MainWindow;

/**
 * Files dragged onto the map: the drag-over and drop events a file manager's drag produces, dispatched to the map
 * node of the real window, open the import wizard on the dropped CSV; a dropped .docx is refused with a message
 * naming it and the importable types, and no wizard opens.
 */
@ExtendWith(ApplicationExtension.class)
class DropOnMapTest {
    @RegisterExtension
    static final SampleWindowFixture sample = new SampleWindowFixture();
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = sample.open(stage);
    }

    @Test
    void aCsvDroppedOnTheMapOpensTheWizardOnIt(FxRobot robot) throws Exception {
        sample.awaitEditingSession();
        Path csv = sample.home().resolve("拖入的点.csv");
        Files.writeString(csv, "名称,经度,纬度\n解州镇卫生院,110.95,35.02\n北相镇垃圾站,111.01,35.05\n",
                StandardCharsets.UTF_8);

        dragOntoTheMap(robot, csv);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#importWizard").tryQuery().isPresent());
        assertThat(robot.lookup("#importFile").queryAs(Label.class).getText()).isEqualTo(csv.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#importSummary").queryAs(Label.class).getText().contains("2 条记录"));
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("拖入的点", "名称");
        robot.clickOn("#importClose");
    }

    @Test
    void ofSeveralDroppedFilesTheFirstIsImportedAndTheUserToldAboutTheRest(FxRobot robot) throws Exception {
        sample.awaitEditingSession();
        Path first = sample.home().resolve("第一批.csv");
        Files.writeString(first, "名称,经度,纬度\n解州镇卫生院,110.95,35.02\n", StandardCharsets.UTF_8);
        Path second = sample.home().resolve("第二批.csv");
        Files.writeString(second, "名称,经度,纬度\n北相镇垃圾站,111.01,35.05\n", StandardCharsets.UTF_8);

        dragOntoTheMap(robot, first, second);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#importWizard").tryQuery().isPresent());
        assertThat(robot.lookup("#importFile").queryAs(Label.class).getText()).isEqualTo(first.toString());
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText())
                .isEqualTo("一次导入一个文件:正在导入 第一批.csv,另外 1 个文件请导入完成后再拖入。");
        robot.clickOn("#importClose");
    }

    @Test
    void anUnsupportedFileDroppedOnTheMapIsRefusedWithAClearMessage(FxRobot robot) throws Exception {
        sample.awaitEditingSession();
        Path docx = sample.home().resolve("整治方案.docx");
        Files.write(docx, new byte[] {'P', 'K', 3, 4});

        dragOntoTheMap(robot, docx);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#statusMessage").queryAs(Label.class)
                .getText().startsWith("无法导入 整治方案.docx"));
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText())
                .contains("不支持这种文件类型", "*.shp", "*.csv", "*.zip");
        assertThat(robot.lookup("#importWizard").tryQuery()).isEmpty();
    }

    /**
     * Delivers what the OS delivers when a file is dragged from a file manager and released over the map: DRAG_OVER
     * then DRAG_DROPPED with a dragboard holding the file list, dispatched to the map node through the scene (so the
     * handlers MainWindow wired on the map run exactly as for a real drop). Monocle cannot start an OS drag, and an
     * in-app drag gesture under Monocle never reaches DRAG_DROPPED, so the events are built here; the dragboard's
     * peer stands in for the OS drag clipboard (JavaFX's local clipboard refuses to say its transfer modes).
     */
    private void dragOntoTheMap(FxRobot robot, Path... files) {
        Node map = robot.lookup("#mapView").query();
        robot.interact(() -> {
            Dragboard board = DragboardHelper.createDragboard(new OsDragClipboard());
            ClipboardContent content = new ClipboardContent();
            content.putFiles(java.util.Arrays.stream(files).map(Path::toFile).toList());
            board.setContent(content);
            Bounds onScreen = map.localToScreen(map.getBoundsInLocal());
            double x = onScreen.getCenterX();
            double y = onScreen.getCenterY();
            Point2D local = map.screenToLocal(x, y);
            DragEvent over = new DragEvent(DragEvent.DRAG_OVER, board, local.getX(), local.getY(), x, y,
                    TransferMode.COPY, null, null, null);
            Event.fireEvent(map, over);
            assertThat(over.getAcceptedTransferMode()).as("the map accepts dragged files").isEqualTo(TransferMode.COPY);
            DragEvent dropped = new DragEvent(DragEvent.DRAG_DROPPED, board, local.getX(), local.getY(), x, y,
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
