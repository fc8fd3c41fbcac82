package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.cli.RectimapCli;
import rectimap.media.TestPhotos;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PublishedSample;
import rectimap.ui.MainWindow;

/**
 * A cadre opens 解州镇's work package in the real window, offline (no server address anywhere in the window): a
 * supervision case the office had photographed on the server shows its photo's thumbnail in identify, read from the
 * package's own Related Tables rows.
 */
@ExtendWith(ApplicationExtension.class)
class WorkPackagePhotoWindowTest {
    @RegisterExtension
    static final SampleWindowFixture sample = new SampleWindowFixture();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = sample.open(stage);
    }

    @Test
    void thePackagesOwnPhotoShowsAsAThumbnailInIdentify(FxRobot robot) throws Exception {
        PublishedSample shared = PublishedSample.create(Files.createDirectories(sample.home().resolve("server")));
        String url = shared.address(PgCluster.SUPERUSER).toString();
        Object[] theCase;
        try (Connection admin = shared.cluster().superuser(shared.database()); Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT c.fid, ST_X(c.geom), ST_Y(c.geom), c.registered FROM"
                        + " campaign.supervision_case c JOIN campaign.township t ON ST_Covers(t.geom, c.geom)"
                        + " WHERE t.name = '解州镇' ORDER BY c.fid LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            theCase = new Object[] {rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getObject(4, LocalDate.class)};
        }
        Path phone = Files.createDirectories(sample.home().resolve("phone"));
        Path photo = TestPhotos.jpeg(phone.resolve("督办现场.jpg"), 1600, 1200, 7);
        TestPhotos.geotag(photo, (double) theCase[1] + 0.00003, (double) theCase[2],
                ((LocalDate) theCase[3]).plusDays(2).toString().replace('-', ':') + " 08:30:00", 0);
        cli("photos", "--project", url, "--import", phone.toString());
        Path pkg = sample.home().resolve("jiezhou.gpkg");
        cli("package", "--project", url, "--township", "解州镇", "--out", pkg.toString());

        robot.interact(() -> window.stage().close());
        robot.interact(() -> window = sample.openAgain(pkg));
        sample.awaitEditingSession();
        sample.centreOn(robot, window, (double) theCase[1], (double) theCase[2], 5_000);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#mapCanvas");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#photoThumb-1").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> IdentifyThumbnail.picture(robot, 1).getImage() != null);
        assertThat(IdentifyThumbnail.picture(robot, 1).getImage().getWidth()).isEqualTo(240);
        Screenshots.save(robot, window.stage(), "work-package-photo-identify");
    }

    private static void cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RectimapCli.standard().run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }
}
