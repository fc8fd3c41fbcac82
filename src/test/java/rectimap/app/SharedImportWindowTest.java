package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Point;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.cli.RectimapCli;
import rectimap.edit.EditSession;
import rectimap.store.pg.PublishedSample;
import rectimap.store.pg.TownshipSquares;

/**
 * A GBK Shapefile imported into the shared project on the command line by an office account is that account's step:
 * opening the project in the window as the same account, its history holds the import, and undo takes the
 * imported features off the server as one more step of that account's in the change log.
 */
class SharedImportWindowTest {
    private static final String OFFICE = "h16undo_office";
    private static final String IMPORTED = "SELECT count(*) FROM campaign.responsibility_area WHERE person LIKE ?";
    @RegisterExtension
    static final SharedWindowFixture fixture = new SharedWindowFixture();

    @Test
    void anImportFromTheCommandLineIsInTheWindowsHistoryAndUndoTakesItOff(FxRobot robot) throws Exception {
        PublishedSample shared = fixture.publish();
        shared.officeAccount(OFFICE, "pw-undo");
        Point jiezhou = TownshipSquares.township(shared.address(OFFICE), "解州镇");
        Path dir = Files.createTempDirectory("rectimap-shared-import");
        Path shp = TownshipSquares.shapefile(dir, "office", TownshipSquares.square(jiezhou, 0, "撤销甲", "解州镇"),
                TownshipSquares.square(jiezhou, 0.004, "撤销乙", "解州镇"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RectimapCli.standard().run(List.of("import", "--project", shared.address(OFFICE).toString(),
                "--file", shp.toString(), "--append-to", "responsibility_area"), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(SharedWindowFixture.count(shared, IMPORTED, "撤销%")).isEqualTo(2);

        fixture.open(shared, OFFICE);
        EditSession session = fixture.window().editing().session().orElseThrow();
        assertThat(session.history().undoName()).as("the import is this account's last step")
                .hasValueSatisfying(name -> assertThat(name).startsWith("导入 office.shp 到 责任区"));
        robot.interact(() -> fixture.window().editing().undo());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> SharedWindowFixture.count(shared, IMPORTED, "撤销%")
                == 0);
        assertThat(SharedWindowFixture.query(shared, "SELECT user_name FROM campaign.rectimap_step"
                + " WHERE action = 'UNDONE' AND name LIKE ?", "导入 office.shp%")).isEqualTo(OFFICE);
    }
}
