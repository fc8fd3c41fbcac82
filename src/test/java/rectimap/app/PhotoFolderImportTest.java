package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.edit.EditSession;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;
import rectimap.model.MapLayer;
import rectimap.media.PhotoLayer;
import rectimap.media.TestPhotos;
import rectimap.model.Feature;
import rectimap.store.Sqlite3;
import rectimap.ui.MainWindow;

/**
 * Issue 17 point 2: the window offers the folder import of {@code photos --import DIR --within M} (文件 → 导入照片文件夹…)
 * with a count, a bar and 取消. A folder made here with exiftool — a photo taken on a supervision case in 解州镇, one
 * without GPS, a truncated JPEG and a text file — imports the one, names the others in the closing sentence, lists
 * the photo without GPS to be placed by a click on the case, and identify shows the imported photo's thumbnail.
 * Cancelled halfway, the project file is byte for byte as it was. (Before: no such menu item.)
 */
class PhotoFolderImportTest {
    private static final String AREAS = rectimap.campaign.planning.ResponsibilityAreaSchema.TABLE;
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void aPhoneFolderIsImportedWithProgressAndThePhotoWithoutGpsIsPlacedByAClick(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        Feature theCase = caseInJiezhou();
        Point at = (Point) theCase.geometry();
        Path folder = Files.createDirectories(sample.home().resolve("手机照片"));
        TestPhotos.geotag(TestPhotos.jpeg(folder.resolve("现场.jpg"), 1600, 1200, 3), at.getX(), at.getY(),
                "2026:10:02 10:00:00", 90);
        TestPhotos.jpeg(folder.resolve("无定位.jpg"), 1200, 900, 5);
        Path whole = TestPhotos.geotag(TestPhotos.jpeg(sample.home().resolve("whole.jpg"), 1600, 1200, 7),
                at.getX(), at.getY(), "2026:10:02 10:05:00", 90);
        TestPhotos.truncated(whole, folder.resolve("损坏.jpg"), (int) Files.size(whole) / 2);
        Files.writeString(folder.resolve("说明.txt"), "现场说明");

        Dialog dialog = openAndStart(robot, folder);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !dialog.result().getText().isEmpty());

        assertThat(dialog.result().getText()).startsWith("已导入 1 张照片，1 张关联到要素")
                .contains("1 张没有 GPS 位置，未导入：无定位.jpg", "损坏.jpg（已损坏）", "说明.txt（不是照片文件）");
        assertThat(dialog.counts()).anyMatch(text -> text.matches("正在导入照片 \\d/2…"));
        Screenshots.save(robot, (Stage) dialog.result().getScene().getWindow(), "photo-folder-import");
        Path project = window.model().project().file();
        assertThat(Sqlite3.value(project, "SELECT count(*) FROM " + PhotoLayer.TABLE + ";")).isEqualTo("1");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> photoPoints() == 1);

        sample.centreOn(robot, window, at.getX(), at.getY(), 5_000);
        WaitForAsyncUtils.waitForFxEvents();
        PhotoDropSteps.identifyShowsTheThumbnail(robot);

        // The photo without GPS, placed with a click on the case: attached to it, and it leaves the list.
        ListView<?> unplaced = robot.lookup("#photoUnplaced").queryAs(ListView.class);
        assertThat(unplaced.getItems()).extracting(Object::toString).containsExactly(
                folder.resolve("无定位.jpg").toString());
        robot.clickOn("#photoPlace");
        robot.clickOn("#mapCanvas");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#statusMessage").queryAs(Label.class)
                .getText().startsWith("已添加 1 张照片"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> unplaced.getItems().isEmpty());
        assertThat(Sqlite3.value(project, "SELECT count(*) FROM " + PhotoLayer.TABLE
                + " WHERE linked_fid = " + theCase.id() + ";")).isEqualTo("2");
    }

    /**
     * A photo without GPS dragged from the list onto a case is attached to it and leaves the list; the other one
     * stays. (Before: only 放到要素上… took a photo off the list; a dragged one stayed listed, to be attached twice.)
     */
    @Test
    void aPhotoDraggedFromTheListOntoACaseLeavesTheList(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Feature theCase = caseInJiezhou();
        Point at = (Point) theCase.geometry();
        Path folder = Files.createDirectories(sample.home().resolve("未定位照片"));
        Path dragged = TestPhotos.jpeg(folder.resolve("拖动.jpg"), 1200, 900, 11);
        Path left = TestPhotos.jpeg(folder.resolve("留下.jpg"), 1200, 900, 12);
        Dialog dialog = openAndStart(robot, folder);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !dialog.result().getText().isEmpty());
        ListView<?> unplaced = robot.lookup("#photoUnplaced").queryAs(ListView.class);
        assertThat(unplaced.getItems()).extracting(Object::toString).containsExactly(dragged.toString(),
                left.toString());

        sample.centreOn(robot, window, at.getX(), at.getY(), 5_000);
        WaitForAsyncUtils.waitForFxEvents();
        FileDrag.ontoTheMap(robot, dragged);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#statusMessage").queryAs(Label.class)
                .getText().startsWith("已添加 1 张照片"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> unplaced.getItems().size() == 1);
        assertThat(unplaced.getItems()).extracting(Object::toString).containsExactly(left.toString());
    }

    /**
     * A long folder import does not hold up the planner: an edit made while the pictures are being made is written
     * to the file at once, long before the import's one transaction (which still stores the whole folder).
     * (Before: the whole import ran on the file's writer thread, and the edit waited for its end.)
     */
    @Test
    void anEditMadeDuringAFolderImportIsWrittenBeforeTheImportEnds(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        Point at = (Point) caseInJiezhou().geometry();
        Path folder = Files.createDirectories(sample.home().resolve("长导入"));
        for (int i = 0; i < 30; i++) {
            TestPhotos.jpeg(folder.resolve("长-" + i + ".jpg"), 2400, 1800, 100 + i);
        }
        TestPhotos.geotag(folder, at.getX(), at.getY(), "2026:10:03 10:00:00", 90);
        Path project = window.model().project().file();
        String areas = "SELECT count(*) FROM " + AREAS + ";";
        String areasBefore = Sqlite3.value(project, areas);

        Dialog dialog = openAndStart(robot, folder);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialog.text().getText().startsWith("正在导入照片"));
        EditSession session = window.editing().session().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> session.execute(anotherArea(session)).orElseThrow().durable())
                .get(30, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);

        assertThat(Sqlite3.value(project, areas)).isEqualTo(String.valueOf(Integer.parseInt(areasBefore) + 1));
        assertThat(storedPhotos(project)).as("the import is not over when the edit is written").isZero();
        assertThat(dialog.result().getText()).isEmpty();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !dialog.result().getText().isEmpty());
        assertThat(dialog.result().getText()).startsWith("已导入 30 张照片");
        assertThat(storedPhotos(project)).isEqualTo(30);
    }

    /** The 照片 points in the file (none while the layer is not there yet). */
    private static int storedPhotos(Path project) {
        boolean there = !Sqlite3.value(project, "SELECT count(*) FROM gpkg_contents WHERE table_name = '"
                + PhotoLayer.TABLE + "';").equals("0");
        return there ? Integer.parseInt(Sqlite3.value(project, "SELECT count(*) FROM " + PhotoLayer.TABLE + ";")) : 0;
    }

    /** A copy of the first responsibility area moved 1 km east, as a new area. */
    private static ChangeSet anotherArea(EditSession session) {
        List<Feature> list = session.project().layer(AREAS).map(MapLayer::layer).orElseThrow().features();
        long id = list.stream().mapToLong(Feature::id).max().orElse(0) + 1;
        return new ChangeSet("新增 责任区", List.of(FeatureChange.added(AREAS, new Feature(id,
                AffineTransformation.translationInstance(0.01, 0).transform(list.get(0).geometry()),
                new java.util.LinkedHashMap<>(list.get(0).attributes())))));
    }

    @Test
    void cancellingHalfwayLeavesTheProjectFileByteForByteAsItWas(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Point at = (Point) caseInJiezhou().geometry();
        Path folder = Files.createDirectories(sample.home().resolve("一批照片"));
        for (int i = 0; i < 40; i++) {
            TestPhotos.jpeg(folder.resolve("现场-" + i + ".jpg"), 2400, 1800, i);
        }
        // One exiftool run tags the whole folder.
        TestPhotos.geotag(folder, at.getX(), at.getY(), "2026:10:02 10:00:00", 90);
        Path project = window.model().project().file();
        String before = sha256(project);

        Dialog dialog = openAndStart(robot, folder);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialog.text().getText().startsWith("正在导入照片"));
        robot.clickOn("#photoImportCancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialog.result().getText().isEmpty());

        assertThat(dialog.result().getText()).isEqualTo("已取消照片导入，项目未作任何修改。");
        assertThat(sha256(project)).isEqualTo(before);
        assertThat(photoPoints()).isZero();
    }

    /** The dialog's count and closing sentence, and every count it showed. */
    private record Dialog(Label text, Label result, List<String> counts) {
    }

    /** Opens the dialog from the File menu, types the folder, starts. */
    private static Dialog openAndStart(FxRobot robot, Path folder) {
        robot.clickOn("#menuFile").clickOn("#menuPhotoFolder");
        WaitForAsyncUtils.waitForFxEvents();
        Dialog dialog = new Dialog(robot.lookup("#photoImportText").queryAs(Label.class),
                robot.lookup("#photoImportResult").queryAs(Label.class), new CopyOnWriteArrayList<>());
        robot.interact(() -> {
            dialog.text().textProperty().addListener((o, old, now) -> dialog.counts().add(now));
            robot.lookup("#photoFolder").queryAs(TextField.class).setText(folder.toString());
        });
        robot.clickOn("#photoImportStart");
        return dialog;
    }

    private int photoPoints() {
        MainWindow window = sample.window();
        return window.model().project().layer(PhotoLayer.TABLE).map(l -> l.layer().features().size()).orElse(0);
    }

    /** A supervision case of the sample inside the township 解州镇. */
    private Feature caseInJiezhou() {
        MainWindow window = sample.window();
        Geometry jiezhou = window.model().project().layer("township").orElseThrow().layer().features().stream()
                .filter(f -> "解州镇".equals(f.get("name"))).findFirst().orElseThrow().geometry();
        return window.model().project().layer(SupervisionCaseSchema.TABLE).orElseThrow().layer().features().stream()
                .filter(f -> jiezhou.covers(f.geometry())).findFirst().orElseThrow();
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }
}
