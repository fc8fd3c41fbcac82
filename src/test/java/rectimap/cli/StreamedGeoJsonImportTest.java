package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.SourceOptions;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * A GDAL-written GeoJSON of 3,000 points imported through the command line's path (streamed, two passes): the whole
 * file arrives value for value; the same file cut in the middle fails as TRUNCATED naming the file and the record
 * where it ends, before anything is written — the project stays byte-identical.
 */
class StreamedGeoJsonImportTest {
    private static final int POINTS = 3000;

    @TempDir
    Path dir;

    @Test
    void aWholeFileImportsAndATruncatedOneLeavesTheProjectByteIdentical() throws Exception {
        StringBuilder csv = new StringBuilder("WKT,名称,编号\n");
        for (int i = 0; i < POINTS; i++) {
            csv.append("\"POINT (").append(111 + i * 1e-5).append(" 35.0)\",垃圾收集点").append(i).append(',')
                    .append(i).append('\n');
        }
        Path seed = dir.resolve("points.csv");
        Files.writeString(seed, csv, StandardCharsets.UTF_8);
        Path geojson = dir.resolve("收集点.geojson");
        GdalTools.ogr2ogr("-f", "GeoJSON", geojson.toString(), seed.toString(), "-oo", "GEOM_POSSIBLE_NAMES=WKT",
                "-oo", "KEEP_GEOM_COLUMNS=NO", "-oo", "AUTODETECT_TYPE=YES", "-a_srs", "EPSG:4490").requireSuccess();
        Path truncated = dir.resolve("截断.geojson");
        byte[] whole = Files.readAllBytes(geojson);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);

        assertThatThrownBy(() -> new ProjectImport().run(request(project, truncated, "截断")))
                .isInstanceOfSatisfying(ExchangeException.class, e -> {
                    assertThat(e.problem()).isEqualTo(ExchangeProblem.TRUNCATED);
                    assertThat(e.record()).isBetween(POINTS / 2 - 200L, POINTS / 2 + 200L);
                    assertThat(e.getMessage()).contains("截断.geojson record " + (e.record() + 1), "ends early");
                });
        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                truncated.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("截断.geojson", "unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);

        assertThat(new ProjectImport().run(request(project, geojson, "收集点")).imported()).isEqualTo(POINTS);
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            var features = store.load("收集点").features();
            assertThat(features).hasSize(POINTS);
            assertThat(features.get(POINTS - 1).text("名称")).isEqualTo("垃圾收集点" + (POINTS - 1));
            assertThat(features.get(POINTS - 1).get("编号")).isEqualTo((long) POINTS - 1);
            assertThat(features.get(1234).geometry().getCoordinate().x).isCloseTo(111.01234, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(GdalTools.featureCounts(project)).containsEntry("收集点", (long) POINTS);
    }

    private static ImportRequest request(Path project, Path file, String layer) {
        return new ImportRequest(project, file, SourceOptions.detect(), layer, null, null, 0,
                InvalidGeometryPolicy.REPAIR);
    }
}
