package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Point;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.media.TestPhotos;
import rectimap.model.Feature;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PublishedSample;
import rectimap.ui.MainWindow;

/**
 * The real window on a shared project (File → 打开共享项目…, here by its action): a photo file dropped onto a
 * supervision case is stored in the database's photo tables, linked to the case, in one step of the change log, and
 * identify on the case shows its thumbnail (issue 17 point 1 "in a PostGIS project the same tables").
 */
class SharedPhotoWindowTest {
    @RegisterExtension
    static final SharedWindowFixture fixture = new SharedWindowFixture();

    @Test
    void aPhotoDroppedOnACaseIsStoredInTheDatabaseAndShownInIdentify(FxRobot robot) throws Exception {
        PublishedSample shared = fixture.publish();
        MainWindow window = fixture.window();
        fixture.open(shared, PgCluster.SUPERUSER);
        Feature theCase = window.editing().session().orElseThrow().project().layer(SupervisionCaseSchema.TABLE)
                .orElseThrow().layer().features().get(0);
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
    }
}
