package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Point;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.cli.RectimapCli;
import rectimap.media.PhotoLayer;
import rectimap.media.TestPhotos;
import rectimap.model.Feature;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PublishedSample;
import rectimap.ui.MainWindow;

/**
 * The real window on a shared project (File → 打开共享项目…, here by its action): a photo file dropped onto a
 * supervision case is stored in the database's photo tables, linked to the case, in one step of the change log, and
 * identify on the case shows its thumbnail (issue 17 point 1 "in a PostGIS project the same tables"); the first
 * photo's new 照片 layer shows at once, in this window and in another one open on the project.
 */
class SharedPhotoWindowTest {
    @RegisterExtension
    static final SharedWindowFixture fixture = new SharedWindowFixture();

    @Test
    void aPhotoDroppedOnACaseIsStoredInTheDatabaseAndShownInIdentify(FxRobot robot) throws Exception {
        PublishedSample shared = fixture.publish();
        MainWindow window = fixture.window();
        Feature theCase = openOnTheFirstCase(shared, window);
        Point at = (Point) theCase.geometry();
        fixture.centreOn(at.getX(), at.getY(), 5_000);
        WaitForAsyncUtils.waitForFxEvents();
        Path photo = TestPhotos.jpeg(fixture.folder().resolve("共享现场.jpg"), 1600, 1200, 5);

        FileDrag.ontoTheMap(robot, photo);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#statusMessage").queryAs(Label.class)
                .getText().startsWith("已添加 1 张照片"));
        assertThat(SharedWindowFixture.query(shared, "SELECT m.base_id FROM campaign.rectimap_photos p JOIN"
                + " campaign.rectimap_photos_of_supervision_case m ON m.related_id = p.id WHERE p.file_name = ?",
                "共享现场.jpg")).isEqualTo(theCase.id());
        assertThat(SharedWindowFixture.count(shared, "SELECT count(*) FROM campaign.rectimap_step WHERE name = '照片'"
                + " AND user_name = ?", PgCluster.SUPERUSER)).isEqualTo(1);
        long id = ((Number) SharedWindowFixture.query(shared, "SELECT id FROM campaign.rectimap_photos")).longValue();

        robot.clickOn("#mapCanvas");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#photoThumb-" + id).tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> IdentifyThumbnail.picture(robot, id).getImage() != null);
        assertThat(IdentifyThumbnail.picture(robot, id).getImage().getWidth()).isEqualTo(240);
        Screenshots.save(robot, window.stage(), "shared-photo-identify");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> photoPoints(window) == 1);
        assertThat(window.editing().session().orElseThrow().project().layer(PhotoLayer.TABLE).orElseThrow().info()
                .title()).as("the new 照片 layer is shown without reopening").isEqualTo(PhotoLayer.info().title());
    }

    /**
     * Another user's first photo (the command line's {@code photos --import}, its own connection) makes the 照片
     * layer: the open window shows it within 2 s, announced by LISTEN/NOTIFY, without reopening.
     */
    @Test
    void anotherUsersFirstPhotoShowsTheNewPhotoLayerWithinTwoSeconds(FxRobot robot) throws Exception {
        PublishedSample shared = fixture.publish();
        MainWindow window = fixture.window();
        Feature theCase = openOnTheFirstCase(shared, window);
        assertThat(window.editing().session().orElseThrow().project().layer(PhotoLayer.TABLE)).isEmpty();
        Point at = (Point) theCase.geometry();
        Path phone = Files.createDirectories(fixture.folder().resolve("phone"));
        TestPhotos.geotag(TestPhotos.jpeg(phone.resolve("别人的现场.jpg"), 800, 600, 7), at.getX() + 0.00002,
                at.getY(), "2026:11:20 09:15:00", 90);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RectimapCli.standard().run(List.of("photos", "--project", shared.address(PgCluster.SUPERUSER)
                .toString(), "--import", phone.toString()), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        long stored = System.nanoTime();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> photoPoints(window) == 1);
        assertThat((System.nanoTime() - stored) / 1_000_000).as("ms until the window shows the 照片 layer")
                .isLessThan(2_000);
    }

    /**
     * A township account opening a project an earlier version published (its owner has not opened it since) is
     * told once that the office must open it; a photo dropped then is refused with that reason, never as
     * "permission denied".
     */
    @Test
    void aTownshipOnAnEarlierVersionsProjectIsToldTheOfficeMustOpenItOnce(FxRobot robot) throws Exception {
        PublishedSample shared = fixture.publish();
        shared.townshipAccount("h16svr_window", "解州镇", "pw-window");
        shared.makeOutdated();
        MainWindow window = fixture.window();
        Feature theCase = openOnTheFirstCase(shared, window, "h16svr_window");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#openNotice").tryQuery().isPresent());
        javafx.scene.control.DialogPane notice = robot.lookup("#openNotice").queryAs(
                javafx.scene.control.DialogPane.class);
        assertThat(SharedWindowFixture.labels(notice)).contains("旧版本").contains("区整治办").contains("打开一次");
        Screenshots.save(robot, (javafx.stage.Stage) notice.getScene().getWindow(), "shared-outdated-notice");
        robot.interact(() -> notice.getScene().getWindow().hide());

        Point at = (Point) theCase.geometry();
        fixture.centreOn(at.getX(), at.getY(), 5_000);
        WaitForAsyncUtils.waitForFxEvents();
        FileDrag.ontoTheMap(robot, TestPhotos.jpeg(fixture.folder().resolve("旧项目现场.jpg"), 640, 480, 9));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#statusMessage").queryAs(Label.class)
                .getText().startsWith("照片未添加"));
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).contains("区整治办")
                .contains("打开一次").doesNotContain("拒绝");
    }

    /** Opens {@code shared} in the window as the superuser; the first supervision case it shows. */
    private static Feature openOnTheFirstCase(PublishedSample shared, MainWindow window) throws Exception {
        return openOnTheFirstCase(shared, window, PgCluster.SUPERUSER);
    }

    /** Opens {@code shared} in the window as {@code user}; the first supervision case it shows. */
    private static Feature openOnTheFirstCase(PublishedSample shared, MainWindow window, String user)
            throws Exception {
        fixture.open(shared, user);
        return window.editing().session().orElseThrow().project().layer(SupervisionCaseSchema.TABLE).orElseThrow()
                .layer().features().get(0);
    }

    /** The points of the 照片 layer the window shows, -1 while it shows no such layer. */
    private static int photoPoints(MainWindow window) {
        return window.editing().session().flatMap(s -> s.project().layer(PhotoLayer.TABLE))
                .map(layer -> layer.layer().features().size()).orElse(-1);
    }
}
