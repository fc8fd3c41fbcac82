package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;
import rectimap.exchange.FeatureSource;
import rectimap.exchange.ImportPlan;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.ImportResult;
import rectimap.exchange.ImportRunner;
import rectimap.exchange.ImportTarget;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.SourceOpener;
import rectimap.exchange.SourceOptions;
import rectimap.model.LayerRole;
import rectimap.model.LayerRules;
import rectimap.model.Project;
import rectimap.exchange.GeoPackageExchange;

/**
 * Bad input never crashes the importer and never changes the project: hundreds of truncated and byte-flipped
 * variants of GDAL-made GeoJSON, KML and CSV end in a result or an {@link ExchangeException} naming the file; a
 * cancelled import and a failing one leave the project file byte-identical; invalid geometries are repaired or
 * skipped per record as chosen.
 */
class ImportRobustnessTest {
    @TempDir
    Path dir;

    @Test
    void fuzzedAndTruncatedFilesEndInAResultOrAClearProblem() throws Exception {
        List<Path> seeds = List.of(
                ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "GeoJSON", dir.resolve("seed.geojson")),
                ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "KML", dir.resolve("seed.kml")),
                ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POINTS_CSV, "CSV", dir.resolve("seed.csv"),
                        "-lco", "GEOMETRY=AS_XY"));
        Random random = new Random(20261129);
        Project empty = new Project(dir.resolve("none.gpkg"), List.of());
        int cases = 0;
        int failures = 0;
        for (Path seed : seeds) {
            byte[] valid = Files.readAllBytes(seed);
            for (int i = 0; i < 120; i++) {
                byte[] bytes = i < 40 ? java.util.Arrays.copyOf(valid, random.nextInt(valid.length))
                        : mutated(valid, random, 1 + i % 8);
                Path fuzzed = dir.resolve("fuzz-" + cases + "." + seed.getFileName().toString().split("\\.")[1]);
                Files.write(fuzzed, bytes);
                cases++;
                try (FeatureSource source = new SourceOpener(new GeoPackageExchange()).open(fuzzed,
                        SourceOptions.detect())) {
                    ImportResult result = ImportRunner.run(source, new ImportPlan(fuzzed,
                            new ImportTarget.NewLayer("fuzz", "模糊", LayerRole.REFERENCE), 4490,
                            InvalidGeometryPolicy.REPAIR), empty, ImportProgress.NONE, LayerRules.NONE);
                    assertThat(result.importedCount()).isPositive();
                } catch (ExchangeException e) {
                    failures++;
                    assertThat(e.file()).isEqualTo(fuzzed);
                    assertThat(e.getMessage()).contains(fuzzed.getFileName().toString());
                }
            }
        }
        assertThat(cases).isEqualTo(360);
        // Most damage is noticed; some flips land in a name or a digit and still read.
        assertThat(failures).isGreaterThan(100);
    }

    @Test
    void brokenFilesThroughTheCommandLineLeaveTheProjectByteIdentical() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);
        Path truncated = dir.resolve("truncated.geojson");
        byte[] whole = Files.readAllBytes(ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "GeoJSON",
                dir.resolve("whole.geojson")));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path badKml = dir.resolve("bad.kml");
        Files.writeString(badKml, "<kml><Document><Placemark><name>甲</name><Point><coordinates>111,abc"
                + "</coordinates></Point></Placemark></Document></kml>", StandardCharsets.UTF_8);
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        Path noCoordinates = dir.resolve("nocoords.csv");
        Files.writeString(noCoordinates, "名称,地址\n甲,乙\n", StandardCharsets.UTF_8);

        for (Path bad : List.of(truncated, badKml, empty, noCoordinates)) {
            ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                    bad.toString());
            assertThat(run.code()).as(bad + ": " + run.out()).isEqualTo(2);
            assertThat(run.err()).contains(bad.getFileName().toString(), "unchanged");
        }
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        StringBuilder csv = new StringBuilder("经度,纬度,名称\n");
        for (int i = 0; i < 3000; i++) {
            csv.append(111 + i * 1e-5).append(',').append(35).append(",点").append(i).append('\n');
        }
        Path big = dir.resolve("many.csv");
        Files.writeString(big, csv, StandardCharsets.UTF_8);
        String before = ExchangeFixtures.sha256(project);
        AtomicInteger reports = new AtomicInteger();
        ImportProgress cancelAfterFirstReport = new ImportProgress() {
            @Override
            public void advanced(long done, long total) {
                reports.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return reports.get() > 0;
            }
        };
        ImportRequest request = new ImportRequest(project, big, SourceOptions.detect(), "many", null, null, 0,
                InvalidGeometryPolicy.REPAIR);

        assertThatThrownBy(() -> new ProjectImport().run(request, cancelAfterFirstReport))
                .isInstanceOf(ExchangeException.class)
                .satisfies(e -> assertThat(((ExchangeException) e).problem()).isEqualTo(ExchangeProblem.CANCELLED));
        assertThat(reports.get()).isEqualTo(1);
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
        assertThat(new ProjectImport().run(request, ImportProgress.NONE).imported()).isEqualTo(3000);
    }

    @Test
    void invalidGeometriesAreRepairedOrSkippedPerRecord() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path geojson = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.WITH_BOWTIE_CSV, "GeoJSON",
                dir.resolve("bowtie.geojson"));

        ExchangeFixtures.CliRun repaired = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                geojson.toString(), "--layer-name", "repaired");
        ExchangeFixtures.CliRun skipped = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                geojson.toString(), "--layer-name", "skipped", "--invalid", "skip");

        assertThat(repaired.out()).contains("record 2: the boundary crosses itself at (111.0450000, 35.0050000)", "repaired",
                "imported 2 features", "repaired 1");
        assertThat(skipped.out()).contains("record 2: ", "skipped", "imported 1 features", "skipped 1");
        try (var store = rectimap.store.GeoPackageStore.open(project, rectimap.store.AccessMode.READ_ONLY)) {
            var bowtie = store.load("repaired").features().get(1).geometry();
            assertThat(bowtie.isValid()).isTrue();
            assertThat(bowtie.getNumGeometries()).isEqualTo(2);
            assertThat(store.load("skipped").features()).extracting(f -> f.text("name")).containsExactly("解州镇 1 号片区");
        }
    }

    private static byte[] mutated(byte[] valid, Random random, int flips) {
        byte[] bytes = valid.clone();
        for (int f = 0; f < flips; f++) {
            int at = random.nextInt(bytes.length);
            bytes[at] = switch (random.nextInt(4)) {
                case 0 -> (byte) random.nextInt(256);
                case 1 -> (byte) "{}[],:\"<>/".charAt(random.nextInt(10));
                case 2 -> (byte) ('0' + random.nextInt(10));
                default -> (byte) 0;
            };
        }
        return bytes;
    }
}
