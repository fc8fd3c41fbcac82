package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.store.CheckFinding;
import rectimap.store.ProjectCheck;
import rectimap.store.Sqlite3;
import rectimap.ui.MainWindow;

/**
 * Another program broke the R-tree of the responsibility areas (node rows overwritten with sqlite3): every edit of the
 * layer would fail. Opening the project says so, naming the layer, and 重建索引 rebuilds it in one transaction.
 */
class DamagedSpatialIndexWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void openingOffersToRebuildABrokenIndexAndTheRebuildMendsIt(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        robot.interact(() -> window.stage().close());
        Sqlite3.run(SampleProject.location(), "UPDATE rtree_responsibility_area_geom_node"
                + " SET data = substr(data, 1, 4) || zeroblob(length(data) - 4) WHERE nodeno = 1;");
        assertThat(ProjectCheck.run(SampleProject.location())).extracting(CheckFinding::kind)
                .contains(CheckFinding.Kind.SPATIAL_INDEX);

        MainWindow reopened = sample.openAgain(robot, MainWindowTest.SAMPLE);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> robot.lookup("#spatialIndexDamaged").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#spatialIndexDamaged").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("责任区", "空间索引已损坏", SampleProject.location().toString());
        Screenshots.save(robot, reopened.stage(), "spatial-index-damaged");

        robot.clickOn("#rebuildSpatialIndex");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ProjectCheck.run(SampleProject.location()).isEmpty());
        List<String> counts = Sqlite3.lines(SampleProject.location(), "SELECT count(*) FROM responsibility_area;"
                + " SELECT count(*) FROM rtree_responsibility_area_geom;");
        assertThat(counts.get(1)).isEqualTo(counts.get(0));
    }
}
