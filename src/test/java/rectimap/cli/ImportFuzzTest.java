package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;
import rectimap.exchange.FeatureSource;
import rectimap.exchange.GeoPackageExchange;
import rectimap.exchange.ImportPlan;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.ImportTarget;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.SourceOpener;
import rectimap.exchange.SourceOptions;
import rectimap.exchange.StreamedNewLayer;
import rectimap.model.LayerRole;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * The fuzzed import, run in CI with a fixed seed (issue 12): GDAL-made GeoJSON, KML, CSV and XLSX (the workbook
 * damaged as bytes and inside its XML parts) cut short and byte-flipped, each imported as a new layer into one
 * project file. Every case ends in a layer or an {@link ExchangeException} whose message is a user's sentence: it
 * names the file, shows no Java class name and no megabytes of content; a failure leaves the project byte for byte
 * as it was. (Damaged Shapefiles: {@code ShapefileFuzzTest}.)
 */
class ImportFuzzTest {
    private static final int CASES_PER_SEED = 100;
    /** A qualified Java class name, or a bare exception class name, leaking into a message. */
    static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|org|com)\\.[a-z0-9_]+\\.|\\b[A-Z]\\w*(?:Exception|Error)\\b");

    @TempDir
    Path dir;

    @Test
    void fuzzedFilesEndInALayerOrAUserSentenceAndNeverChangeTheProjectOnFailure() throws Exception {
        List<Path> seeds = List.of(
                ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "GeoJSON", dir.resolve("seed.geojson")),
                ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "KML", dir.resolve("seed.kml")),
                ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POINTS_CSV, "CSV", dir.resolve("seed.csv"),
                        "-lco", "GEOMETRY=AS_XY"),
                ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POINTS_CSV, "XLSX", dir.resolve("seed.xlsx"),
                        "-lco", "GEOMETRY=AS_XY"));
        Path project = ExchangeFixtures.project(dir);
        Random random = new Random(20261207L);
        Map<ExchangeProblem, Integer> failures = new EnumMap<>(ExchangeProblem.class);
        int imported = 0;
        int n = 0;
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_WRITE)) {
            for (Path seed : seeds) {
                byte[] valid = Files.readAllBytes(seed);
                String extension = seed.getFileName().toString().replaceFirst(".*\\.", "");
                for (int i = 0; i < CASES_PER_SEED; i++, n++) {
                    Path fuzzed = dir.resolve("fuzz-" + n + "." + extension);
                    Files.write(fuzzed, extension.equals("xlsx") && i % 2 == 0 ? damagedInside(valid, random)
                            : damaged(valid, random, i));
                    String before = ExchangeFixtures.sha256(project);
                    try (FeatureSource source = new SourceOpener(new GeoPackageExchange()).open(fuzzed,
                            SourceOptions.detect().withTable(SourceOptions.detect().table().withEpsg(4490)))) {
                        StreamedNewLayer.run(store, source, new ImportPlan(fuzzed, new ImportTarget.NewLayer(
                                "fuzz", "模糊", LayerRole.REFERENCE), 4490, InvalidGeometryPolicy.REPAIR),
                                ImportProgress.NONE);
                        imported++;
                    } catch (ExchangeException e) {
                        failures.merge(e.problem(), 1, Integer::sum);
                        assertUserSentence(e, fuzzed, n);
                        assertThat(ExchangeFixtures.sha256(project)).as("case %d: %s", n, e.getMessage())
                                .isEqualTo(before);
                    } catch (Throwable other) {
                        fail("case " + n + " (" + fuzzed.getFileName() + ") threw " + other, other);
                    }
                }
            }
        }
        System.out.println("import fuzz: " + imported + " imported, failures " + failures);
        assertThat(imported + failures.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);
        assertThat(failures.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(100);
    }

    /** The message names the file, holds no class name and no run of content longer than a short quote. */
    static void assertUserSentence(ExchangeException e, Path file, int n) {
        String message = e.getMessage();
        assertThat(message).as("case %d", n).contains(file.getFileName().toString());
        assertThat(CLASS_NAME.matcher(message).find()).as("case %d: class name in %s", n, message).isFalse();
        assertThat(message.length()).as("case %d: %s", n, message).isLessThan(1000);
        assertThat(Arrays.stream(message.split("\\s+")).mapToInt(String::length).max().orElse(0))
                .as("case %d: %s", n, message).isLessThan(file.toString().length() + 100);
    }

    private static byte[] damaged(byte[] valid, Random random, int i) {
        if (i % 3 == 0) {
            return Arrays.copyOf(valid, random.nextInt(valid.length));
        }
        byte[] bytes = valid.clone();
        for (int flip = 0; flip < 1 + i % 8; flip++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** The workbook rezipped with one of its XML parts flipped or cut: well-formed zip, damaged content. */
    private static byte[] damagedInside(byte[] xlsx, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            List<String> targets = List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                    "xl/styles.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels");
            String target = targets.get(random.nextInt(targets.size()));
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(target) && content.length > 0) {
                    content = damaged(content, random, 1 + random.nextInt(8));
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
