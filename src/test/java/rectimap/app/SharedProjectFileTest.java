package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.edit.EditSession;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.MapLayer;
import rectimap.store.GdalTools;
import rectimap.store.Sqlite3;
import rectimap.ui.MainWindow;

/**
 * Issue 12 points 2 and 6: the project file open for editing in the real window while other programs change it —
 * ogr2ogr appends features to the layer being edited, ogrinfo updates one and the SQLite shell deletes it. The session's
 * next add is still saved (the other program took its id), nothing is lost (read back with sqlite3 and ogrinfo),
 * the outside changes appear in the window without reopening, and an undo over a feature changed outside is
 * refused with a reason naming the feature and what changed, leaving session and file as they were.
 */
class SharedProjectFileTest {
    private static final String AREAS = "responsibility_area";
    /** The window polls the file about once a second; this only guards against a change that never shows. */
    private static final long SHOWS_WITHIN_SECONDS = 20;
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void featuresAppendedByOgr2ogrDuringEditsAreKeptShownAndTheNextAddIsSaved(MainWindow window) throws Exception {
        sample.awaitEditingSession();
        EditSession session = window.editing().session().orElseThrow();
        Path file = window.model().project().file();
        int before = areas(session).size();

        stored(session, "会话甲", 0.02);
        GdalTools.ogr2ogr("-update", "-append", file.toString(), outsideAreas().toString(), "-nln", AREAS)
                .requireSuccess();
        // Right away, as a user drawing on: the app numbers the new area after the ids it knows, which ogr2ogr took.
        stored(session, "会话乙", 0.04);

        WaitForAsyncUtils.waitFor(SHOWS_WITHIN_SECONDS, TimeUnit.SECONDS,
                () -> fx(() -> persons(session).containsAll(List.of("外来甲", "外来乙"))));
        assertThat(fx(() -> persons(session))).contains("会话甲", "会话乙").hasSize(before + 4);
        assertThat(sqlite(file, "SELECT person FROM " + AREAS)).contains("会话甲", "会话乙", "外来甲", "外来乙")
                .hasSize(before + 4);
        assertThat(GdalTools.featureCounts(file)).containsEntry(AREAS, (long) before + 4);
        assertThat(statusText()).contains("责任区");

        // The undo of the re-based add removes the session's feature, not the one ogr2ogr wrote under its old id.
        fx(() -> session.undo().orElseThrow().durable()).get(30, TimeUnit.SECONDS);
        assertThat(sqlite(file, "SELECT person FROM " + AREAS)).contains("会话甲", "外来甲", "外来乙")
                .doesNotContain("会话乙").hasSize(before + 3);
        stored(session, "会话丙", 0.06);
        assertThat(sqlite(file, "SELECT person FROM " + AREAS)).contains("会话丙").hasSize(before + 4);
        assertThat(fx(() -> persons(session))).isEqualTo(sqlite(file, "SELECT person FROM " + AREAS + " ORDER BY fid"));
    }

    @Test
    void changesMadeOutsideShowAndAnUndoOverThemIsRefusedWithTheReason(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        EditSession session = window.editing().session().orElseThrow();
        Path file = window.model().project().file();
        long id = stored(session, "会话甲", 0.02);

        // ogrinfo: the SQLite shell cannot update a feature table (its R-tree triggers call GDAL's ST_ functions).
        GdalTools.ogrinfo(file.toString(), "-sql", "UPDATE " + AREAS + " SET person = '其他程序改' WHERE fid = " + id)
                .requireSuccess();
        WaitForAsyncUtils.waitFor(SHOWS_WITHIN_SECONDS, TimeUnit.SECONDS,
                () -> fx(() -> persons(session).contains("其他程序改")));

        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statusText()).contains("不能撤销", "责任区", "#" + id, "属性已被其他程序修改");
        assertThat(fx(() -> session.history().doneCount())).isEqualTo(1);
        assertThat(fx(() -> persons(session))).contains("其他程序改");
        assertThat(sqlite(file, "SELECT person FROM " + AREAS + " WHERE fid = " + id)).containsExactly("其他程序改");

        Sqlite3.run(file, "DELETE FROM " + AREAS + " WHERE fid = " + id + ";");
        WaitForAsyncUtils.waitFor(SHOWS_WITHIN_SECONDS, TimeUnit.SECONDS,
                () -> fx(() -> !persons(session).contains("其他程序改")));
        fx(() -> {
            window.editing().undo();
            return null;
        });
        assertThat(statusText()).contains("#" + id, "已被其他程序删除");
        assertThat(fx(() -> session.history().doneCount())).isEqualTo(1);
        assertThat(sqlite(file, "SELECT count(*) FROM " + AREAS + " WHERE fid = " + id)).containsExactly("0");
    }

    /**
     * The undo comes right after the other program's change, before the window's poll re-read the file: the file
     * refuses it inside the write, the window re-reads the file and says why, naming the feature.
     */
    @Test
    void anUndoRightAfterAnOutsideChangeIsRefusedWithTheReasonToo(MainWindow window) throws Exception {
        sample.awaitEditingSession();
        EditSession session = window.editing().session().orElseThrow();
        Path file = window.model().project().file();
        long id = stored(session, "会话甲", 0.02);

        GdalTools.ogrinfo(file.toString(), "-sql", "UPDATE " + AREAS + " SET person = '抢先改' WHERE fid = " + id)
                .requireSuccess();
        fx(() -> {
            window.editing().undo();
            return null;
        });

        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            WaitForAsyncUtils.waitFor(SHOWS_WITHIN_SECONDS, TimeUnit.SECONDS, () -> {
                String now = statusText();
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(now)) {
                    seen.add(now);
                }
                return now.contains("属性已被其他程序修改");
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("status texts seen: " + seen + "; the session's persons: "
                    + fx(() -> persons(session)), e);
        }
        assertThat(statusText()).contains("不能撤销", "#" + id);
        assertThat(fx(() -> session.history().doneCount())).isEqualTo(1);
        assertThat(fx(() -> persons(session))).contains("抢先改");
        assertThat(sqlite(file, "SELECT person FROM " + AREAS + " WHERE fid = " + id)).containsExactly("抢先改");
        stored(session, "会话乙", 0.04);
        assertThat(sqlite(file, "SELECT person FROM " + AREAS)).contains("会话乙", "抢先改");
    }

    /** A new area as the drawing tools number it: after the highest id the session knows. */
    /** Adds an area for {@code person} through {@code session} and waits until the file holds it; its id. */
    private static long stored(EditSession session, String person, double eastDegrees) throws Exception {
        fx(() -> session.execute(add(session, person, eastDegrees)).orElseThrow().durable()).get(30, TimeUnit.SECONDS);
        return fx(() -> areas(session).get(areas(session).size() - 1).id());
    }

    private static ChangeSet add(EditSession session, String person, double eastDegrees) {
        List<Feature> features = areas(session);
        Feature template = features.get(0);
        long id = features.stream().mapToLong(Feature::id).max().orElse(0) + 1;
        Geometry moved = AffineTransformation.translationInstance(eastDegrees, 0).transform(template.geometry());
        Map<String, Object> values = new LinkedHashMap<>(template.attributes());
        values.put("person", person);
        return new ChangeSet("新增 责任区 " + person, List.of(FeatureChange.added(AREAS, new Feature(id, moved, values))));
    }

    private static List<Feature> areas(EditSession session) {
        return session.project().layer(AREAS).map(MapLayer::layer).orElseThrow().features();
    }

    private static List<String> persons(EditSession session) {
        return areas(session).stream().map(f -> f.text("person")).toList();
    }

    private String statusText() throws Exception {
        MainWindow window = sample.window();
        return fx(() -> ((Label) window.stage().getScene().lookup("#statusMessage")).getText());
    }

    private static List<String> sqlite(Path file, String sql) {
        return Sqlite3.lines(file, sql + ";");
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private Path outsideAreas() throws IOException {
        Path json = sample.home().resolve("外来责任区.geojson");
        Files.writeString(json, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"kind": "村级", "person": "外来甲"},
                  "geometry": {"type": "MultiPolygon", "coordinates": [[[[110.9, 34.9], [110.91, 34.9], [110.91, 34.91], [110.9, 34.9]]]]}},
                 {"type": "Feature", "properties": {"kind": "村级", "person": "外来乙"},
                  "geometry": {"type": "MultiPolygon", "coordinates": [[[[110.92, 34.9], [110.93, 34.9], [110.93, 34.91], [110.92, 34.9]]]]}}
                ]}
                """, StandardCharsets.UTF_8);
        return json;
    }
}
