package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files dragged onto the map: the drag-over and drop events a file manager's drag produces, dispatched to the map
 * node of the real window, open the import wizard on the dropped CSV; a dropped .docx is refused with a message
 * naming it and the importable types, and no wizard opens.
 */
class DropOnMapTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

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
                .isEqualTo("一次导入一个文件：正在导入 第一批.csv，另外 1 个文件请导入完成后再拖入。");
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

    private void dragOntoTheMap(FxRobot robot, Path... files) {
        FileDrag.ontoTheMap(robot, files);
    }
}
