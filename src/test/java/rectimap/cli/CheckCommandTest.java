package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.geo.Epsg;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;
import rectimap.model.Layer;
import rectimap.store.GdalTools;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;

/**
 * {@code check}: a project edited through the journal is clean (and GDAL's validator agrees); damage made with plain
 * SQL, as a careless tool would, is found and named by layer and fid; unreadable input exits 2.
 */
class CheckCommandTest {
    private static final Path SAMPLE = Path.of("maps", "yanhu-sample.gpkg");
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(Path file) {
        return RectimapCli.standard().run(List.of("check", "--project", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A project from the sample with two zones, the first removed by one journal step (so there is history). */
    private Path editedProject(String... wkts) {
        Path file = dir.resolve("检查.gpkg");
        Layer zones = CliLayers.zones("cleanup_zone", Epsg.CGCS2000, wkts);
        try (ProjectFile project = ProjectFiles.createFromSample(SAMPLE, file, List.of(zones))) {
            project.journal().orElseThrow().recordDone(new ChangeSet("删除 片区 1",
                    List.of(FeatureChange.removed("cleanup_zone", zones.features().get(0))))).join();
        }
        return file;
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    @Test
    void aProjectEditedThroughTheJournalIsClean() {
        Path file = editedProject("POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))",
                "POLYGON ((111.02 35, 111.03 35, 111.03 35.01, 111.02 35))");
        assertThat(check(file)).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("未发现问题");
        GdalTools.validateGpkg(file).requireSuccess();
    }

    @Test
    void invalidGeometriesAStaleIndexAndOrphansAreNamedByLayerAndFid() throws Exception {
        Path file = editedProject("POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))",
                "POLYGON ((111 35, 111.01 35.01, 111.01 35, 111 35.01, 111 35))",
                "POLYGON ((111.04 35, 111.05 35, 111.05 35.01, 111.04 35))");
        // Plain SQL without our ST_ functions cannot touch feature rows (the triggers), so damage the index directly.
        sql(file, "DELETE FROM rtree_cleanup_zone_geom WHERE id = 3",
                "INSERT INTO gpkgext_rectimap_layer_state (table_name, draw_order, visible, opacity) VALUES ('vanished_layer', 9, 1, 1.0)");

        assertThat(check(file)).isEqualTo(1);
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("INVALID_GEOMETRY cleanup_zone fid 2：自相交，位于（111.005 35.005）",
                "SPATIAL_INDEX cleanup_zone fid 3：空间索引中没有这个要素",
                "ORPHAN vanished_layer：已不存在的图层仍留有一行图层顺序和显示设置", "发现 3 个问题");
    }

    /**
     * Place names typed outside the app (here by GDAL into a file laid out before the code columns existed) that
     * match no official division are listed with layer, fid, the text and the nearest official names.
     */
    @Test
    void placeNamesMatchingNoDivisionAreListedWithSuggestions() throws Exception {
        GdalTools.requireGdal();
        Path file = dir.resolve("地名.gpkg");
        rectimap.model.LayerInfo schema = rectimap.campaign.planning.ResponsibilityAreaSchema.schema().info();
        rectimap.model.FeatureType before = new rectimap.model.FeatureType(schema.tableName(),
                schema.type().geometryKind(), schema.type().fields().stream()
                .filter(f -> !f.name().endsWith("_code")).toList());
        ProjectFiles.createFromSample(SAMPLE, file, List.of(new Layer(new rectimap.model.LayerInfo(before,
                schema.title(), schema.role(), schema.provenance(), schema.note(), schema.srid()), List.of())))
                .close();
        Path areas = dir.resolve("areas.geojson");
        String square = "\"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\": [[[[110.81, 35.02], "
                + "[110.82, 35.02], [110.82, 35.03], [110.81, 35.03], [110.81, 35.02]]]]}";
        Files.writeString(areas, "{\"type\": \"FeatureCollection\", \"features\": ["
                + "{\"type\": \"Feature\", \"properties\": {\"kind\": \"乡镇干部包村\", \"person\": \"甲\", "
                + "\"township\": \"龙居镇\", \"village\": \"雷家坡村委会\"}, " + square + "}, "
                + "{\"type\": \"Feature\", \"properties\": {\"kind\": \"乡镇干部包村\", \"person\": \"乙\", "
                + "\"township\": \"龙居镇\", \"village\": \"雷家坡村\"}, " + square + "}, "
                + "{\"type\": \"Feature\", \"properties\": {\"kind\": \"区领导包乡镇\", \"person\": \"丙\", "
                + "\"township\": \"龙居\"}, " + square + "}]}");
        GdalTools.ogr2ogr("-append", "-update", file.toString(), areas.toString(), "-nln", "responsibility_area")
                .requireSuccess();

        assertThat(check(file)).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(1);
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains(
                "PLACE_NAME responsibility_area fid 2：村“雷家坡村”不是正式名称；最接近的：雷家坡村委会",
                "PLACE_NAME responsibility_area fid 3：乡镇“龙居”不是正式名称；最接近的：龙居镇",
                "发现 2 个问题");
        assertThat(report).doesNotContain("fid 1：");
    }

    @Test
    void historyStepsForADroppedLayerAreOrphans() throws Exception {
        Path file = editedProject("POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))");
        sql(file, "DROP TABLE rtree_cleanup_zone_geom", "DROP TABLE cleanup_zone",
                "DELETE FROM gpkg_geometry_columns WHERE table_name = 'cleanup_zone'",
                "DELETE FROM gpkg_contents WHERE table_name = 'cleanup_zone'");
        assertThat(check(file)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("ORPHAN：撤销历史第 1 步（删除 片区 1）修改的图层已不存在：cleanup_zone",
                        "ORPHAN cleanup_zone：gpkg_metadata_reference 中还有这张已不存在的表的记录",
                        "ORPHAN cleanup_zone：gpkg_extensions 中还有这张已不存在的表的记录");
    }

    @Test
    void aFileThatIsNoGeoPackageOrNoArgumentsExitTwo() throws Exception {
        Path text = dir.resolve("notes.gpkg");
        Files.writeString(text, "不是数据库");
        assertThat(check(text)).isEqualTo(2);
        assertThat(check(dir.resolve("missing.gpkg"))).isEqualTo(2);
        assertThat(RectimapCli.standard().run(List.of("check"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notes.gpkg", "missing.gpkg", "缺少 --project");
    }
}
