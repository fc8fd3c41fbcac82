package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.media.PhotoLayer;
import rectimap.media.TestPhotos;
import rectimap.model.MapLayer;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageJournal;
import rectimap.ui.MainWindow;

/**
 * Issue 12, the last loss path's window half: another program changes a layer and the user drops a photo on a case
 * before the window has shown that change (the file's writer is busy, so the change's re-read and the photo batch
 * wait together). The window tells the other program's change (道路) and "已添加 1 张照片", and never tells the
 * 照片 layer as another program's: its own batch was reported as "已载入其他程序对项目文件的修改：…照片", which
 * replaced "已添加 1 张照片" (PhotoDropTest timed out in CI), or, before the own commit stopped counting the earlier
 * change as seen, the other program's change was loaded without a word.
 */
class PhotoDropBesideOutsideChangeTest {
    /** A guard against something that never shows, not a speed requirement. */
    private static final long SHOWS_WITHIN_SECONDS = 60;
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void aDropWhileAnOutsideChangeWaitsToBeShownTellsBothAndNotThePhotosAsAnotherProgramsChange(FxRobot robot,
            MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path file = window.model().project().file();
        List<String> said = new CopyOnWriteArrayList<>();
        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        robot.interact(() -> status.textProperty().addListener((property, was, now) -> said.add(now)));
        PhotoDropSteps.centreOnTheFirstCase(robot, sample, window);
        // A camera-sized picture: making it takes long enough for the test to keep the writer busy meanwhile.
        Path photo = TestPhotos.jpeg(sample.home().resolve("现场照片.jpg"), 6000, 4500, 9);

        // The drop's pictures are being made (off the file's writer, after its duplicate check there): the writer
        // is then kept busy, as under a streamed import, while another program changes 道路 and the finished batch
        // comes to be stored. Both wait together; neither is shown yet.
        FileDrag.ontoTheMap(robot, photo);
        WaitForAsyncUtils.waitFor(SHOWS_WITHIN_SECONDS, TimeUnit.SECONDS, () -> attaching(false));
        GeoPackageJournal journal = sample.journal();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> busy = journal.runBetweenWrites("busy, as under an import", () -> {
            release.await(SHOWS_WITHIN_SECONDS, TimeUnit.SECONDS);
            return null;
        });
        GdalTools.ogrinfo(file.toString(), "-sql", "UPDATE road SET name = '其他程序改的路' WHERE fid = 1")
                .requireSuccess();
        WaitForAsyncUtils.waitFor(SHOWS_WITHIN_SECONDS, TimeUnit.SECONDS, () -> attaching(true));
        release.countDown();
        busy.get(SHOWS_WITHIN_SECONDS, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(SHOWS_WITHIN_SECONDS, TimeUnit.SECONDS, () -> fx(() -> roadNames().contains(
                "其他程序改的路") && photoPoints() == 1 && status.getText().startsWith("已添加 1 张照片")));
        // A later change of another layer: once it shows, every re-read before it has shown too.
        GdalTools.ogrinfo(file.toString(), "-sql", "UPDATE village SET name = '其他程序改的村' WHERE fid = 1")
                .requireSuccess();
        WaitForAsyncUtils.waitFor(SHOWS_WITHIN_SECONDS, TimeUnit.SECONDS,
                () -> said.stream().anyMatch(text -> text.contains("村（社区）")));

        List<String> beforeTheLaterChange = said.subList(0, firstIndexWith(said, "村（社区）"));
        assertThat(beforeTheLaterChange).as("told the other program's change of 道路")
                .anyMatch(text -> outsidePart(text).contains("道路（示意）"));
        assertThat(beforeTheLaterChange).as("never told the window's own photos as another program's change")
                .noneMatch(text -> outsidePart(text).contains("照片"));
        assertThat(beforeTheLaterChange.get(beforeTheLaterChange.size() - 1)).startsWith("已添加 1 张照片");
        assertThat(fx(this::photoPoints)).isEqualTo(1);
    }

    /**
     * Whether the dropped batch is being made in {@code StagedPhotoArchive.add} on the attaching thread
     * ({@code handedOver} false), or is made and handed to the file's writer, waiting for it to be stored
     * ({@code handedOver} true: the thread waits on the writer's future there). No event tells of either.
     */
    private static boolean attaching(boolean handedOver) {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().startsWith("rectimap-photo-attach"))
                .map(thread -> List.of(thread.getValue()))
                .anyMatch(frames -> frames.stream().anyMatch(frame -> frame.getClassName().endsWith(
                        ".StagedPhotoArchive") && frame.getMethodName().equals("add"))
                        && (!handedOver || frames.stream().anyMatch(frame ->
                        frame.getClassName().equals(CompletableFuture.class.getName()))));
    }

    /** What a status text says of another program, empty when nothing (the window's own sentence left out). */
    private static String outsidePart(String text) {
        int from = text.indexOf("其他程序");
        return from < 0 ? "" : text.substring(from);
    }

    private static int firstIndexWith(List<String> texts, String part) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("never said: " + part);
    }

    private List<String> roadNames() {
        MainWindow window = sample.window();
        return window.editing().session().orElseThrow().project().layer("road").map(MapLayer::layer).orElseThrow()
                .features().stream().map(feature -> feature.text("name")).toList();
    }

    private int photoPoints() {
        MainWindow window = sample.window();
        return window.model().project().layer(PhotoLayer.TABLE).map(layer -> layer.layer().features().size())
                .orElse(0);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
