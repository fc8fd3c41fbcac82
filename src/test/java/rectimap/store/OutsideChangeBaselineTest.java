package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.GeometryKind;

/**
 * Another program's commit in the moment between opening the project for editing and the first look at the file is
 * noticed too. The baseline used to be taken at the first look (a poll interval later), so a change made in between
 * counted as already seen and never showed in the session: the full test run, on a loaded machine, lost ogr2ogr's
 * append that way.
 */
class OutsideChangeBaselineTest {
    /** Long enough that the other program surely commits before the first look, as it did on the loaded machine. */
    private static final Duration FIRST_LOOK_AFTER = Duration.ofSeconds(5);
    /** A guard against a change that is never told, not a speed requirement. */
    private static final long TOLD_WITHIN_SECONDS = 30;

    @TempDir
    Path dir;

    @Test
    void aCommitBeforeTheFirstLookIsStillTold() throws Exception {
        Path file = dir.resolve("刚打开.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(FixtureLayers.layer("zone_area", GeometryKind.POLYGON, "整治片区",
                    "POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))"));
        }
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            CountDownLatch told = new CountDownLatch(1);
            journal.watchOutsideChanges(FIRST_LOOK_AFTER, told::countDown);
            Sqlite3.run(file, "CREATE TABLE written_by_another_program (note TEXT);");

            assertThat(told.await(TOLD_WITHIN_SECONDS, TimeUnit.SECONDS)).as("the change was told").isTrue();
        }
    }
}
