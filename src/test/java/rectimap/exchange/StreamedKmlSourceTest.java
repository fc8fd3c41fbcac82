package rectimap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.exchange.SourceReads.Read;

/**
 * The streamed KML reader ({@link KmlSource#open} on a .kml) against the whole-document one
 * ({@link KmlSource#openWhole}) on the same GDAL-written files: the same schema and, record by record, the same
 * values, geometry and faults, in UTF-8 and in a GB18030-declared copy; truncated and damaged copies fail at open
 * as the whole reader does.
 */
class StreamedKmlSourceTest {
    private static final String SEED_CSV = """
            WKT,名称,吨数,户数,日期
            "POLYGON ((111.0 35.0,111.01 35.0,111.01 35.01,111.0 35.01,111.0 35.0),(111.002 35.002,111.004 35.002,111.004 35.004,111.002 35.002))",解州镇 1 号片区,25.5,120,2026-03-02
            ,北相镇 2 号片区,12,80,2026-04-15
            "LINESTRING (111.04 35.0,111.05 35.01)",龙居镇道路,0.125,45,2026-05-01
            "MULTIPOLYGON (((111.06 35.0,111.07 35.0,111.07 35.01,111.06 35.0)))",上郭乡,7,3,2026-06-30
            """;

    @TempDir
    Path dir;

    @Test
    void aGdalWrittenKmlReadsTheSameStreamedAsWholeInUtf8AndGb18030() throws Exception {
        Path kml = gdalMade("片区.kml");
        String text = Files.readString(kml, StandardCharsets.UTF_8);
        Path gb = dir.resolve("国标.kml");
        Files.writeString(gb, text.replaceFirst("<\\?xml version=\"1.0\" encoding=\"utf-8\" \\?>",
                "<?xml version=\"1.0\" encoding=\"GB18030\"?>"), TextEncodingDetection.GB18030);
        assertThat(Files.readString(gb, TextEncodingDetection.GB18030)).contains("encoding=\"GB18030\"");

        for (Path file : List.of(kml, gb)) {
            List<Read> streamed = readAll(file, true);
            assertThat(streamed).as(file.toString()).isEqualTo(readAll(file, false));
            assertThat(streamed).hasSize(1 + 4);
            assertThat(streamed.get(1).values()).containsEntry("名称", "解州镇 1 号片区").containsEntry("户数", 120L);
            assertThat(streamed.get(1).geometry().getGeometryType()).isEqualTo("Polygon");
            assertThat(streamed.get(3).values()).containsEntry("名称", "龙居镇道路");
        }
        try (FeatureSource source = KmlSource.open(kml)) {
            assertThat(source).isInstanceOf(StreamedKmlSource.class);
        }
    }

    @Test
    void truncatedAndDamagedCopiesFailAtOpenAsTheWholeReaderDoes() throws Exception {
        byte[] valid = Files.readAllBytes(gdalMade("完整.kml"));
        java.util.Random random = new java.util.Random(20261129);
        int failures = 0;
        for (int i = 0; i < 300; i++) {
            byte[] bytes = i < 150 ? Arrays.copyOf(valid, valid.length * i / 150) : valid.clone();
            if (i >= 150) {
                bytes[random.nextInt(bytes.length)] = (byte) "<>/=\"& x0-".charAt(random.nextInt(10));
            }
            Path damaged = dir.resolve("损坏-" + i + ".kml");
            Files.write(damaged, bytes);
            List<Read> streamed = readAll(damaged, true);
            List<Read> whole = readAll(damaged, false);
            assertThat(SourceReads.outcome(streamed)).as("case " + i + ": " + streamed + " whole: " + whole)
                    .isEqualTo(SourceReads.outcome(whole));
            if (streamed.get(0).fault() != null && streamed.get(0).fault().startsWith("OPEN")) {
                failures++;
                assertThat(streamed.get(0).fault()).contains(damaged.getFileName().toString());
            } else {
                assertThat(streamed).as("case " + i).isEqualTo(whole);
            }
        }
        assertThat(failures).isGreaterThan(150);
    }

    private Path gdalMade(String name) throws Exception {
        return SourceReads.gdalMade(dir, SEED_CSV, name, "KML", "EPSG:4326");
    }

    private static List<Read> readAll(Path file, boolean streamed) {
        return SourceReads.readAll(file, streamed ? KmlSource::open : KmlSource::openWhole);
    }
}
