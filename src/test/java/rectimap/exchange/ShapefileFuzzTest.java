package rectimap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.exchange.shapefile.ShapefileFixtureAccess;
import rectimap.exchange.shapefile.ShapefileSource;
import rectimap.model.LayerRole;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * A few hundred damaged copies of a GDAL-written Shapefile (truncated parts, flipped bytes, overwritten counts
 * and lengths, missing parts), each imported into one project: every case ends in success or an
 * {@link ExchangeException} — never another exception — and a failed import leaves the project file byte for byte
 * as it was. Seeded, so a failure repeats.
 */
class ShapefileFuzzTest {
    private static final int CASES = 300;
    private static final List<String> PARTS = List.of("shp", "shx", "dbf", "prj", "cpg");

    @TempDir
    Path folder;

    @Test
    void damagedShapefilesFailCleanlyAndNeverTouchTheProject() throws Exception {
        Path original = folder.resolve("original");
        Files.createDirectories(original);
        ShapefileFixtureAccess.make(original, "村", 4546);
        Map<String, byte[]> pristine = new java.util.HashMap<>();
        for (String part : PARTS) {
            pristine.put(part, Files.readAllBytes(original.resolve("村." + part)));
        }
        Path project = folder.resolve("project.gpkg");
        GeoPackageStore.create(project).close();
        Random random = new Random(20261129L);
        Map<ExchangeProblem, Integer> outcomes = new EnumMap<>(ExchangeProblem.class);
        int succeeded = 0;
        for (int n = 0; n < CASES; n++) {
            Path dir = Files.createDirectories(folder.resolve("case" + n));
            String damaged = PARTS.get(random.nextInt(n % 10 == 9 ? PARTS.size() : 3));
            String how = "";
            for (String part : PARTS) {
                byte[] bytes = pristine.get(part).clone();
                if (part.equals(damaged)) {
                    how = damaged + ": ";
                    bytes = mutate(bytes, random);
                    how += mutation;
                }
                if (bytes != null) {
                    Files.write(dir.resolve("村." + part), bytes);
                }
            }
            String before = StreamedNewLayerTest.sha256(project);
            try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_WRITE);
                 ShapefileSource source = ShapefileSource.open(dir.resolve("村.shp"))) {
                StreamedNewLayer.run(store, source, new ImportPlan(dir.resolve("村.shp"),
                        new ImportTarget.NewLayer("村", "村", LayerRole.REFERENCE), 0, InvalidGeometryPolicy.REPAIR),
                        ImportProgress.NONE);
                succeeded++;
            } catch (ExchangeException e) {
                outcomes.merge(e.problem(), 1, Integer::sum);
                assertThat(e.getMessage()).as("case %d (%s)", n, how).contains("村");
                assertThat(StreamedNewLayerTest.sha256(project)).as("case %d (%s): %s", n, how, e.getMessage())
                        .isEqualTo(before);
            } catch (Throwable other) {
                fail("case " + n + " (" + how + ") threw " + other, other);
            }
        }
        System.out.println("fuzz outcomes: " + succeeded + " imported, failures " + outcomes);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum() + succeeded).isEqualTo(CASES);
        assertThat(outcomes).containsKeys(ExchangeProblem.TRUNCATED, ExchangeProblem.CORRUPT_HEADER,
                ExchangeProblem.MISSING_PART);
    }

    private String mutation = "";

    /** A damaged copy, or null for a deleted part; {@link #mutation} says what was done. */
    private byte[] mutate(byte[] bytes, Random random) {
        int kind = random.nextInt(5);
        switch (kind) {
            case 0 -> {
                int length = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                mutation = "truncated to " + length;
                return java.util.Arrays.copyOf(bytes, length);
            }
            case 1 -> {
                int flips = 1 + random.nextInt(8);
                mutation = flips + " random bytes";
                for (int i = 0; i < flips && bytes.length > 0; i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                return bytes;
            }
            case 2 -> {
                int at = bytes.length < 4 ? 0 : random.nextInt(Math.min(bytes.length - 3, 140)) & ~3;
                int value = List.of(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1, 7, 1 << 20)
                        .get(random.nextInt(7));
                mutation = "int " + value + " at header byte " + at;
                if (bytes.length >= at + 4) {
                    ByteBuffer.wrap(bytes).order(random.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                            .putInt(at, value);
                }
                return bytes;
            }
            case 3 -> {
                int at = bytes.length < 8 ? 0 : random.nextInt(bytes.length - 7);
                int value = random.nextInt();
                mutation = "int " + value + " at byte " + at;
                if (bytes.length >= at + 4) {
                    ByteBuffer.wrap(bytes).putInt(at, value);
                }
                return bytes;
            }
            default -> {
                mutation = "deleted";
                return null;
            }
        }
    }

}
