package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/** New project from the sample, the editing lock, read-only opening, Save As and edits made by GDAL meanwhile. */
class ProjectFilesTest {
    static final Path SAMPLE = Path.of("maps", "yanhu-sample.gpkg");

    @TempDir
    Path dir;

    static Layer planningZones() {
        return FixtureLayers.layer("zone_area", GeometryKind.POLYGON, "整治片区",
                "POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))",
                "POLYGON ((111.02 35, 111.03 35, 111.03 35.01, 111.02 35))");
    }

    @Test
    void aNewProjectHoldsTheSampleLayersAndThePlanningLayersAndOpensForEditing() {
        Path target = dir.resolve("盐湖区 2026.gpkg");
        List<String> sampleLayers;
        try (GeoPackageStore sample = GeoPackageStore.open(SAMPLE, AccessMode.READ_ONLY)) {
            sampleLayers = sample.layers().stream().map(LayerInfo::tableName).toList();
        }
        try (ProjectFile project = ProjectFiles.createFromSample(SAMPLE, target, List.of(planningZones()))) {
            assertThat(project.accessMode()).isEqualTo(AccessMode.READ_WRITE);
            assertThat(project.notices()).isEmpty();
            assertThat(project.store().layers()).extracting(LayerInfo::tableName)
                    .containsSubsequence(sampleLayers).contains("zone_area");
            assertThat(project.store().load("zone_area").features()).isEqualTo(planningZones().features());
            assertThat(project.history()).isEmpty();
            assertThat(Files.exists(ProjectLock.sidecarOf(target))).isTrue();
        }
        assertThat(Files.exists(ProjectLock.sidecarOf(target))).as("a clean close removes the lock file").isFalse();
        assertThat(dir.toFile().list()).containsExactly("盐湖区 2026.gpkg");
        GdalTools.validateGpkg(target).requireSuccess();
        assertThatThrownBy(() -> ProjectFiles.createFromSample(SAMPLE, target, List.of()))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).problem())
                .isEqualTo(StoreProblem.WRITE_FAILED);
    }

    @Test
    void aSecondEditorIsToldWhoHoldsTheProjectAndMayOpenItReadOnly() {
        Path target = dir.resolve("p.gpkg");
        try (ProjectFile first = ProjectFiles.createFromSample(SAMPLE, target, List.of(planningZones()))) {
            assertThatThrownBy(() -> ProjectFiles.open(target)).isInstanceOfSatisfying(ProjectInUseException.class, e -> {
                assertThat(e.problem()).isEqualTo(StoreProblem.IN_USE);
                assertThat(e.holder().pid()).isEqualTo(ProcessHandle.current().pid());
                assertThat(e.holder().user()).isEqualTo(System.getProperty("user.name"));
                assertThat(e.holder().since()).isNotNull();
            });
            try (ProjectFile reader = ProjectFiles.openReadOnly(target)) {
                assertThat(reader.accessMode()).isEqualTo(AccessMode.READ_ONLY);
                assertThat(reader.notices()).containsExactly(OpenNotice.READ_ONLY_IN_USE);
                assertThat(reader.journal()).isEmpty();
                assertThat(reader.store().load("zone_area").features()).hasSize(2);
            }
        }
        try (ProjectFile again = ProjectFiles.open(target)) {
            assertThat(again.notices()).isEmpty();
        }
    }

    @Test
    void saveAsWritesAConsistentCopyWithEveryEditSubmittedBefore() {
        Path original = dir.resolve("original.gpkg");
        Path copy = dir.resolve("copy.gpkg");
        ChangeSet remove;
        try (ProjectFile project = ProjectFiles.createFromSample(SAMPLE, original, List.of(planningZones()))) {
            Feature first = project.store().load("zone_area").feature(1).orElseThrow();
            remove = new ChangeSet("删除 整治片区 1", List.of(FeatureChange.removed("zone_area", first)));
            project.journal().orElseThrow().recordDone(remove);
            project.saveAs(copy).join();
        }
        try (ProjectFile saved = ProjectFiles.open(copy)) {
            assertThat(saved.store().load("zone_area").features()).extracting(Feature::id).containsExactly(2L);
            assertThat(saved.history()).containsExactly(remove);
            assertThat(saved.historyCursor()).isEqualTo(1);
        }
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("original.gpkg", "copy.gpkg");
        GdalTools.validateGpkg(copy).requireSuccess();
    }

    @Test
    void featuresGdalAppendsWhileWeEditAreKeptAndShowAfterReopening() throws Exception {
        Path target = dir.resolve("shared.gpkg");
        Path extra = dir.resolve("extra.geojson");
        Files.writeString(extra, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"QGIS 画的片区\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[111.1,35.1],"
                + "[111.11,35.1],[111.11,35.11],[111.1,35.1]]]}}]}");
        try (ProjectFile project = ProjectFiles.createFromSample(SAMPLE, target, List.of(planningZones()))) {
            Feature second = project.store().load("zone_area").feature(2).orElseThrow();
            // GDAL writes between our transactions: SQLite's locks and our busy timeout keep both sides whole.
            GdalTools.ogr2ogr("-update", "-append", "-nln", "zone_area", target.toString(), extra.toString())
                    .requireSuccess();
            project.journal().orElseThrow().recordDone(new ChangeSet("删除 2",
                    List.of(FeatureChange.removed("zone_area", second)))).join();
        }
        try (ProjectFile reopened = ProjectFiles.open(target)) {
            List<Feature> zones = reopened.store().load("zone_area").features();
            assertThat(zones).extracting(f -> f.text("name")).containsExactly(planningZones().features().get(0)
                    .text("name"), "QGIS 画的片区");
            assertThat(reopened.store().integrityCheck()).containsExactly("ok");
        }
        GdalTools.validateGpkg(target).requireSuccess();
    }
}
