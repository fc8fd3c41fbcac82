package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.PlanningRules;
import rectimap.edit.EditSession;
import rectimap.edit.UndoHistory;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;

/**
 * Appending a GDAL-made GeoJSON with Chinese column names to 责任区: fields matched by the schema's Chinese labels,
 * areas computed, one undoable step in the project's history that undo and redo take back and forth on disk; a
 * value the layer's rules refuse fails the whole import and leaves the file byte-identical.
 */
class ImportAppendTest {
    static final String AREAS_CSV = """
            WKT,责任类型,责任人,联系电话,乡镇,起始日期,Note
            "POLYGON ((111.0 35.0,111.01 35.0,111.01 35.01,111.0 35.01,111.0 35.0))",巡逻片区,张三,13912345678,解州镇,2026-03-02,东段
            "POLYGON ((111.02 35.0,111.03 35.0,111.03 35.01,111.02 35.01,111.02 35.0))",保洁公司服务区,李四,0359-2345678,北相镇,2026-04-15,西段
            """;

    @TempDir
    Path dir;

    @Test
    void appendMapsChineseColumnsAndIsOneUndoableStep() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path geojson = ExchangeFixtures.gdalMade(dir, AREAS_CSV, "GeoJSON", dir.resolve("责任区.geojson"));
        // 保洁公司服务区 needs a unit (责任单位): give it through the data, as an office would.
        java.nio.file.Files.writeString(geojson, java.nio.file.Files.readString(geojson)
                .replace("\"责任人\": \"李四\"", "\"责任人\": \"李四\", \"责任单位\": \"盐湖区环卫公司\""));

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                geojson.toString(), "--append-to", "responsibility_area");

        assertThat(run.code()).as(run.err()).isZero();
        Layer areas = load(project);
        assertThat(areas.features()).hasSize(2);
        Feature first = areas.features().get(0);
        assertThat(first.get("kind")).isEqualTo("巡逻片区");
        assertThat(first.get("person")).isEqualTo("张三");
        assertThat(first.get("phone")).isEqualTo("13912345678");
        assertThat(first.get("township")).isEqualTo("解州镇");
        assertThat(first.get("since")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(first.get("note")).isEqualTo("东段");
        assertThat(areas.features().get(1).get("unit")).isEqualTo("盐湖区环卫公司");
        // 0.01° × 0.01° at 35°N: about 912 m × 1109 m (≈ 1.012 km²); ellipsoidal, computed on import.
        assertThat((Double) first.get("area_m2")).isBetween(1.005e6, 1.02e6);
        assertThat(GdalTools.featureCounts(project)).containsEntry("responsibility_area", 2L);

        try (ProjectFile file = ProjectFiles.open(project)) {
            assertThat(file.history()).hasSize(1);
            assertThat(file.history().get(0).name()).startsWith("导入 责任区.geojson 到 责任区");
            EditSession session = session(project, file);
            session.undo().orElseThrow().durable().join();
        }
        assertThat(load(project).features()).isEmpty();
        try (ProjectFile file = ProjectFiles.open(project)) {
            session(project, file).redo().orElseThrow().durable().join();
        }
        assertThat(load(project).features()).extracting(f -> f.get("person")).containsExactly("张三", "李四");
        assertThat(GdalTools.featureCounts(project)).containsEntry("responsibility_area", 2L);
    }

    @Test
    void aValueTheRulesRefuseFailsTheWholeImportAndLeavesTheFileAlone() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        // The second area lacks the unit 保洁公司服务区 requires.
        Path geojson = ExchangeFixtures.gdalMade(dir, AREAS_CSV, "GeoJSON", dir.resolve("缺单位.geojson"));
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                geojson.toString(), "--append-to", "responsibility_area");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("缺单位.geojson, record 2", "unit", "unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
        assertThat(load(project).features()).isEmpty();
    }

    @Test
    void areasOfTheSameKindThatOverlapFailTheAppend() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        String overlapping = AREAS_CSV.replace("保洁公司服务区", "巡逻片区")
                .replace("111.02 35.0,111.03 35.0,111.03 35.01,111.02 35.01,111.02 35.0",
                        "111.005 35.0,111.03 35.0,111.03 35.01,111.005 35.01,111.005 35.0");
        Path geojson = ExchangeFixtures.gdalMade(dir, overlapping, "GeoJSON", dir.resolve("重叠.geojson"));
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                geojson.toString(), "--append-to", "responsibility_area");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("重叠.geojson, record 2", "overlaps area", "巡逻片区");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    private static EditSession session(Path project, ProjectFile file) {
        return new EditSession(ProjectAssembler.assemble(project, file.store()),
                UndoHistory.of(file.history(), file.historyCursor()), file.journal().orElseThrow(),
                PlanningRules.INSTANCE);
    }

    private static Layer load(Path project) {
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            return store.load("responsibility_area");
        }
    }
}
