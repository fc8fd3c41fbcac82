package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerStateChange;
import rectimap.model.LayerView;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

/** Edits written through the journal land in the feature table, its R-tree, the history and the change log. */
class GeoPackageJournalTest {
    @TempDir
    Path dir;

    private Path projectWithThreeZones() {
        Path file = dir.resolve("journal.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(FixtureLayers.layer("zone_area", GeometryKind.POLYGON, "整治片区",
                    "POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))",
                    "POLYGON ((111.02 35, 111.03 35, 111.03 35.01, 111.02 35))",
                    "POLYGON ((111.04 35, 111.05 35, 111.05 35.01, 111.04 35))"));
        }
        return file;
    }

    private static Feature zone(long id, String wkt, int index) {
        return FixtureLayers.feature(id, wkt, index);
    }

    @Test
    void addReplaceAndRemoveAreWrittenWithHistoryIndexAndLog() throws Exception {
        Path file = projectWithThreeZones();
        Layer before = load(file);
        Feature added = zone(4, "POLYGON ((112 36, 112.01 36, 112.01 36.01, 112 36))", 3);
        Feature moved = new Feature(1, FixtureLayers.feature(1, "POLYGON ((110 34, 110.01 34, 110.01 34.01, 110 34))", 0)
                .geometry(), before.feature(1).orElseThrow().attributes());
        List<ChangeSet> steps = List.of(
                new ChangeSet("新增 整治片区", List.of(FeatureChange.added("zone_area", added))),
                new ChangeSet("移动 整治片区", List.of(FeatureChange.replaced("zone_area", before.feature(1).orElseThrow(), moved))),
                new ChangeSet("删除 整治片区", List.of(FeatureChange.removed("zone_area", before.feature(2).orElseThrow()))));
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            for (ChangeSet step : steps) {
                journal.recordDone(step).join();
            }
        }

        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(store.load("zone_area").features()).containsExactly(moved, before.feature(3).orElseThrow(), added);
            assertThat(store.query("zone_area", new Envelope(111.9, 112.1, 35.9, 36.1))).containsExactly(added);
            assertThat(store.query("zone_area", new Envelope(110.9, 111.035, 34.9, 35.1))).isEmpty();
            assertThat(store.query("zone_area", new Envelope(109.9, 110.1, 33.9, 34.1))).containsExactly(moved);
            assertThat(store.history()).isEqualTo(steps);
            assertThat(store.historyCursor()).isEqualTo(3);
        }
        assertThat(sqlColumn(file, "SELECT action || ' ' || step_name || ' ' || summary FROM gpkgext_rectimap_change_log"))
                .containsExactly("DONE 新增 整治片区 zone_area +1 ~0 -0", "DONE 移动 整治片区 zone_area +0 ~1 -0",
                        "DONE 删除 整治片区 zone_area +0 ~0 -1");
        assertThat(sqlColumn(file, "SELECT max_x || ',' || max_y FROM gpkg_contents WHERE table_name = 'zone_area'"))
                .containsExactly("112.01,36.01");
        GdalTools.validateGpkg(file).requireSuccess();
        // GDAL lists the layer and QGIS's style table, none of Rectimap's own tables.
        assertThat(GdalTools.featureCounts(file)).containsOnlyKeys("zone_area", "layer_styles");
        // What the journal wrote reads in GDAL with Chinese intact; the change log keeps the step names.
        assertThat(GdalTools.ogrinfo("-al", file.toString()).requireSuccess().output())
                .contains("name (String) = " + added.get("name"));
        assertThat(sqlColumn(file, "SELECT step_name FROM gpkgext_rectimap_change_log")).contains("删除 整治片区");
    }

    @Test
    void undoRedoMoveTheCursorAndANewStepDropsTheUndoneOnes() {
        Path file = projectWithThreeZones();
        Layer original = load(file);
        ChangeSet remove = new ChangeSet("删除 1", List.of(FeatureChange.removed("zone_area", original.feature(1).orElseThrow())));
        ChangeSet add = new ChangeSet("新增 9", List.of(FeatureChange.added("zone_area",
                zone(9, "POLYGON ((111 36, 111.01 36, 111.01 36.01, 111 36))", 0))));
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            journal.recordDone(remove);
            journal.recordUndone(remove.inverse());
            assertThat(journal.historyCursor()).isZero();
            journal.recordRedone(remove);
            journal.recordUndone(remove.inverse()).join();
        }
        assertThat(load(file).features()).isEqualTo(original.features());
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(store.history()).containsExactly(remove);
            assertThat(store.historyCursor()).isZero();
        }
        try (GeoPackageJournal reopened = GeoPackageJournal.open(file)) {
            reopened.recordDone(add).join();
        }
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(store.history()).containsExactly(add);
            assertThat(store.historyCursor()).isEqualTo(1);
        }
    }

    @Test
    void aStepThatDoesNotFitTheFileIsRolledBackAndLaterStepsAreRefused() {
        Path file = projectWithThreeZones();
        Layer original = load(file);
        Feature ghost = zone(42, "POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))", 0);
        ChangeSet stale = new ChangeSet("删除 幽灵", List.of(
                FeatureChange.removed("zone_area", original.feature(3).orElseThrow()),
                FeatureChange.removed("zone_area", ghost)));
        ChangeSet next = new ChangeSet("删除 1", List.of(FeatureChange.removed("zone_area", original.feature(1).orElseThrow())));
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            CompletableFuture<Void> failed = journal.recordDone(stale);
            CompletableFuture<Void> refused = journal.recordDone(next);
            assertThatThrownBy(failed::join).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOf(StoreException.class).hasMessageContaining("feature 42");
            assertThatThrownBy(refused::join).cause().isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).problem()).isEqualTo(StoreProblem.WRITE_FAILED);
        }
        assertThat(load(file).features()).isEqualTo(original.features());
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(store.history()).isEmpty();
        }
    }

    @Test
    void aWriteWaitsForAnotherProgramsTransactionInsteadOfFailing() throws Exception {
        Path file = projectWithThreeZones();
        Feature third = load(file).feature(3).orElseThrow();
        try (GeoPackageJournal journal = GeoPackageJournal.open(file);
             Connection qgis = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = qgis.createStatement()) {
            // Another program (as QGIS does while saving edits) holds the write lock.
            sql.execute("BEGIN IMMEDIATE");
            sql.execute("UPDATE gpkg_contents SET description = '由 QGIS 修改' WHERE table_name = 'zone_area'");
            CompletableFuture<Void> written = journal.recordDone(new ChangeSet("删除 3",
                    List.of(FeatureChange.removed("zone_area", third))));
            assertThat(written).as("cannot commit while the other program holds the lock").isNotDone();
            sql.execute("COMMIT");
            written.join();
        }
        assertThat(load(file).feature(3)).isEmpty();
        assertThat(sqlColumn(file, "SELECT description FROM gpkg_contents WHERE table_name = 'zone_area'"))
                .containsExactly("由 QGIS 修改");
    }

    @Test
    void aBulkStepOfThousandsOfFeaturesIsOneTransaction() {
        Path file = projectWithThreeZones();
        List<FeatureChange> changes = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            double x = 110 + (i % 100) * 0.01;
            double y = 34 + (i / 100) * 0.01;
            changes.add(FeatureChange.added("zone_area", zone(100 + i, "POLYGON ((" + x + " " + y + ", " + (x + 0.005)
                    + " " + y + ", " + (x + 0.005) + " " + (y + 0.005) + ", " + x + " " + y + "))", i)));
        }
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            journal.recordDone(new ChangeSet("导入 5000 个片区", changes)).join();
        }
        assertThat(load(file).features()).hasSize(5_003);
        assertThat(sqlColumn(file, "SELECT count(*) FROM rtree_zone_area_geom")).containsExactly("5003");
    }

    @Test
    void aLayerDisplayStepWritesTheWholeDisplayStateWithTheHistory() {
        Path file = projectWithThreeZones();
        LayerStyle style = LayerStyle.simple(Symbolizer.area(Rgba.hex("#ff8800").withAlpha(0.35), Rgba.BLACK, 0.4));
        List<LayerView> before = List.of(new LayerView("district", true, 1.0, style),
                new LayerView("zone_area", true, 1.0, style));
        List<LayerView> after = List.of(new LayerView("district", true, 1.0, style),
                new LayerView("zone_area", false, 0.35, style));
        ChangeSet hide = ChangeSet.ofLayerStates("隐藏图层 整治片区", new LayerStateChange(before, after));
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            journal.recordDone(hide).join();
        }
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(store.layerStates()).isEqualTo(List.of(new LayerDisplayState("district", 0, true, 1.0, style),
                    new LayerDisplayState("zone_area", 1, false, 0.35, style)));
            assertThat(store.history()).containsExactly(hide);
        }
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            journal.recordUndone(hide.inverse()).join();
        }
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(store.layerStates()).extracting(LayerDisplayState::visible).containsExactly(true, true);
            assertThat(store.historyCursor()).isZero();
        }
        assertThat(sqlColumn(file, "SELECT summary FROM gpkgext_rectimap_change_log ORDER BY fid"))
                .containsExactly("layer display", "layer display");
    }

    private static Layer load(Path file) {
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            return store.load("zone_area");
        }
    }

    static List<String> sqlColumn(Path file, String query) {
        List<String> values = new ArrayList<>();
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = sql.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(query, e);
        }
        return values;
    }
}
