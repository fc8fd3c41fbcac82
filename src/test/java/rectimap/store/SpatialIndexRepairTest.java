package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rectimap.cli.RectimapCli;
import rectimap.model.LayerRole;

/**
 * R-trees broken by another program (sqlite3 on the file), found on the planning layer and rebuilt in one
 * transaction; the file then passes our check and GDAL's validator, and the index has an entry per feature.
 */
class SpatialIndexRepairTest {
    private static final String RTREE = "rtree_responsibility_area_geom";

    @TempDir
    Path dir;

    /** The committed sample plus its planning features, open for editing, as a new user's project. */
    private static ProjectFile plannedSample(Path file) {
        Path sample = Path.of("maps", "yanhu-sample.gpkg");
        List<rectimap.model.Layer> reference = new java.util.ArrayList<>();
        try (GeoPackageStore store = GeoPackageStore.open(sample, AccessMode.READ_ONLY)) {
            store.layers().forEach(info -> reference.add(store.load(info.tableName())));
        }
        return ProjectFiles.createFromSample(sample, file, rectimap.campaign.sample.SamplePlanning.generate(reference));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "DELETE FROM " + RTREE + ";",
        "UPDATE " + RTREE + "_node SET data = substr(data, 1, 4) || zeroblob(length(data) - 4) WHERE nodeno = 1;",
        "DELETE FROM " + RTREE + "_node;",
        "DROP TRIGGER " + RTREE + "_insert;"})
    void aBrokenIndexIsFoundAndRebuilt(String damage) throws Exception {
        Path file = dir.resolve("项目.gpkg");
        try (ProjectFile project = plannedSample(file)) {
            assertThat(SpatialIndexRepair.damaged(project.store(), EnumSet.allOf(LayerRole.class))).isEmpty();
        }
        Sqlite3.run(file, damage);

        try (ProjectFile project = ProjectFiles.open(file)) {
            assertThat(SpatialIndexRepair.damaged(project.store(), EnumSet.of(LayerRole.PLANNING)))
                    .containsExactly("responsibility_area");
            SpatialIndexRepair.rebuild(project.store(), List.of("responsibility_area"));
            assertThat(SpatialIndexRepair.damaged(project.store(), EnumSet.allOf(LayerRole.class))).isEmpty();
        }
        assertThat(ProjectCheck.run(file)).isEmpty();
        assertThat(Sqlite3.value(file, "SELECT count(*) FROM " + RTREE + ";"))
                .isEqualTo(Sqlite3.value(file, "SELECT count(*) FROM responsibility_area;"));
        GdalTools.requireGdal();
        GdalTools.validateGpkg(file).requireSuccess();
    }

    @ParameterizedTest(name = "check --repair after {0}")
    @ValueSource(strings = {"UPDATE " + RTREE + "_node SET data = zeroblob(100) WHERE nodeno = 1;"})
    void checkRepairRebuildsAndSaysWhich(String damage) throws Exception {
        Path file = dir.resolve("项目.gpkg");
        plannedSample(file).close();
        Sqlite3.run(file, damage);
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        var print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(RectimapCli.standard().run(List.of("check", "--project", file.toString()), print,
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("SPATIAL_INDEX responsibility_area");
        int code = RectimapCli.standard().run(List.of("check", "--project", file.toString(), "--repair"), print,
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("已重建空间索引（responsibility_area）：" + file, file + "：未发现问题");
        assertThat(Files.exists(ProjectLock.sidecarOf(file))).as("the repair closed the project").isFalse();
    }
}
