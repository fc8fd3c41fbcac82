package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.GdalTools;

/**
 * A failed import changes nothing (issue 12, point 10): a source whose records have no geometry, or whose every
 * record is skipped, fails as EMPTY and the project file is byte for byte as before — retried too, into a project
 * made by Rectimap, into a GeoPackage GDAL made and Rectimap never opened, and into a file that does not exist.
 */
class FailedImportTest {
    @TempDir
    Path dir;

    @Test
    void aSourceWithoutGeometriesLeavesTheProjectByteIdenticalEvenWhenRetried() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path noGeometry = noGeometryGeoJson();
        String before = ExchangeFixtures.sha256(project);

        for (int attempt = 0; attempt < 2; attempt++) {
            ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                    noGeometry.toString());
            assertThat(run.code()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("The file holds no features", "nogeom.geojson", "The project is unchanged");
            assertThat(ExchangeFixtures.sha256(project)).as("attempt %d", attempt).isEqualTo(before);
        }
        assertThat(GdalTools.ogrinfo("-q", project.toString()).output()).doesNotContain("nogeom");
    }

    @Test
    void aSourceWhoseEveryRecordIsSkippedLeavesTheProjectByteIdentical() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path bowties = ExchangeFixtures.gdalMade(dir, """
                WKT,name
                "POLYGON ((111.04 35.0,111.05 35.01,111.05 35.0,111.04 35.01,111.04 35.0))",蝴蝶
                """, "GeoJSON", dir.resolve("bowties.geojson"));
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                bowties.toString(), "--invalid", "skip");

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains("The file holds no features", "The project is unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    @Test
    void aGeoPackageGdalMadeAndNeverOpenedStaysByteIdenticalAfterAFailedFirstImport() throws Exception {
        Path fresh = dir.resolve("fresh.gpkg");
        GdalTools.ogr2ogr("-f", "GPKG", fresh.toString(), ExchangeFixtures.SAMPLE.toString(), "village")
                .requireSuccess();
        String before = ExchangeFixtures.sha256(fresh);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", fresh.toString(), "--file",
                noGeometryGeoJson().toString());

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("The project is unchanged");
        assertThat(ExchangeFixtures.sha256(fresh)).isEqualTo(before);
        assertThat(dir.resolve("fresh.gpkg.lock")).doesNotExist();
    }

    @Test
    void aGeoPackageNeverOpenedTakesAGoodImport() throws Exception {
        Path fresh = dir.resolve("fresh.gpkg");
        GdalTools.ogr2ogr("-f", "GPKG", fresh.toString(), ExchangeFixtures.SAMPLE.toString(), "village")
                .requireSuccess();
        Path polygons = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "GeoJSON",
                dir.resolve("polygons.geojson"));

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", fresh.toString(), "--file",
                polygons.toString(), "--layer-name", "zones");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(GdalTools.featureCounts(fresh)).containsEntry("zones", 2L).containsEntry("village", 310L);
    }

    @Test
    void aProjectThatDoesNotExistIsNotCreated() throws Exception {
        Path missing = dir.resolve("missing.gpkg");

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", missing.toString(), "--file",
                noGeometryGeoJson().toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("missing.gpkg");
        assertThat(missing).doesNotExist();
    }

    private Path noGeometryGeoJson() throws Exception {
        Path csv = dir.resolve("nogeom.csv");
        Files.writeString(csv, "name,code\n甲,1\n乙,2\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("nogeom.geojson");
        if (!Files.exists(out)) {
            GdalTools.ogr2ogr("-f", "GeoJSON", out.toString(), csv.toString()).requireSuccess();
        }
        return out;
    }
}
