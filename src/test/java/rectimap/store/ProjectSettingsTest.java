package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.ProjectSettings;

/** Settings kept in the project file: written through the journal, read back after reopening, GDAL still happy. */
class ProjectSettingsTest {
    @TempDir
    Path dir;

    @Test
    void aSettingWrittenInOneSessionIsReadInTheNextAndTheFileStaysAValidGeoPackage() {
        Path target = dir.resolve("设置.gpkg");
        String sheet = "paper=A3\norientation=LANDSCAPE\ntitle=解州镇 环境整治责任区分布图\n";
        try (ProjectFile project = ProjectFiles.createFromSample(ProjectFilesTest.SAMPLE, target,
                List.of(ProjectFilesTest.planningZones()))) {
            ProjectSettings settings = project.settings();
            assertThat(settings.read("print.sheet")).isEmpty();
            settings.write("print.sheet", "paper=A4\n");
            settings.write("print.sheet", sheet).join();
            assertThat(settings.read("print.sheet")).contains(sheet);
        }
        try (ProjectFile reopened = ProjectFiles.open(target)) {
            assertThat(reopened.settings().read("print.sheet")).contains(sheet);
            assertThat(reopened.settings().read("other")).isEmpty();
        }
        try (ProjectFile reader = ProjectFiles.openReadOnly(target)) {
            ProjectSettings readOnly = reader.settings();
            assertThat(readOnly.read("print.sheet")).contains(sheet);
            readOnly.write("print.sheet", "paper=A1\n").join();
            assertThat(readOnly.read("print.sheet")).as("kept for the read-only session").contains("paper=A1\n");
        }
        try (ProjectFile again = ProjectFiles.open(target)) {
            assertThat(again.settings().read("print.sheet")).as("a read-only session never writes").contains(sheet);
        }
        GdalTools.validateGpkg(target).requireSuccess();
        assertThat(GdalTools.featureCounts(target)).doesNotContainKey("gpkgext_rectimap_settings");
    }

    @Test
    void aPlainGeoPackageWithoutOurTablesHasNoSettings() {
        try (GeoPackageStore sample = GeoPackageStore.open(ProjectFilesTest.SAMPLE, AccessMode.READ_ONLY)) {
            assertThat(sample.settings()).isEmpty();
        }
    }
}
