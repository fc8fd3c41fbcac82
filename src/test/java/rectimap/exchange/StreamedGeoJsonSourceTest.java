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
 * The streamed GeoJSON reader ({@link GeoJsonSource#open}) against the whole-file one
 * ({@link GeoJsonSource#openWhole}) on the same GDAL-written files: the same schema, and record by record the same
 * values, geometry (exactly) and faults; UTF-8, UTF-8 with BOM, GB18030; "name" and "crs" after "features";
 * truncated and damaged files fail at open with the same problem, naming file and record.
 */
class StreamedGeoJsonSourceTest {
    /** Chinese text, a code with a leading zero, a column both integer and real, dates, no geometry, a bow-tie. */
    private static final String SEED_CSV = """
            WKT,名称,编码,吨数,户数,日期,备注
            "POLYGON ((111.0 35.0,111.01 35.0,111.01 35.01,111.0 35.01,111.0 35.0))",解州镇 1 号片区,0610,25.5,120,2026-03-02,"含""引号""，逗号"
            ,北相镇 2 号片区,0611,12,80,2026-04-15,
            "POLYGON ((111.04 35.0,111.05 35.01,111.05 35.0,111.04 35.01,111.04 35.0))",龙居镇 3 号片区,0612,0.125,45,2026-05-01,蝴蝶形
            "MULTIPOLYGON (((111.06 35.0,111.07 35.0,111.07 35.01,111.06 35.0)))",上郭乡,0613,7,3,2026-06-30,多边形集合
            """;

    @TempDir
    Path dir;

    @Test
    void aGdalWrittenFileReadsTheSameStreamedAsWhole() throws Exception {
        Path geojson = gdalMade("片区.geojson");

        List<Read> streamed = readAll(geojson, true);
        assertThat(streamed).isEqualTo(readAll(geojson, false));
        assertThat(streamed).hasSize(1 + 4);
        // GDAL's AUTODETECT_TYPE made the code an integer column: 0610 arrives as 610
        assertThat(streamed.get(1).values()).containsEntry("名称", "解州镇 1 号片区").containsEntry("编码", 610L)
                .containsEntry("吨数", 25.5).containsEntry("户数", 120L)
                .containsEntry("日期", java.time.LocalDate.of(2026, 3, 2)).containsEntry("备注", "含\"引号\"，逗号");
        assertThat(streamed.get(2).geometry()).isNull();
        assertThat(streamed.get(4).geometry().getGeometryType()).isEqualTo("MultiPolygon");
        try (FeatureSource source = GeoJsonSource.open(geojson)) {
            assertThat(source).isInstanceOf(StreamedGeoJsonSource.class);
            assertThat(source.schema().crs().epsg()).isEqualTo(4490);
            assertThat(source.schema().encoding()).isEqualTo("UTF-8");
            assertThat(source.schema().countOrMinusOne()).isEqualTo(4);
        }
    }

    @Test
    void aGb18030FileAndAUtf8FileWithBomReadTheSameStreamedAsWhole() throws Exception {
        String text = Files.readString(gdalMade("源.geojson"), StandardCharsets.UTF_8);
        Path gb = dir.resolve("国标.geojson");
        Files.writeString(gb, text, TextEncodingDetection.GB18030);
        Path bom = dir.resolve("带签名.geojson");
        Files.writeString(bom, "\uFEFF" + text, StandardCharsets.UTF_8);

        for (Path file : List.of(gb, bom)) {
            List<Read> streamed = readAll(file, true);
            assertThat(streamed).as(file.toString()).isEqualTo(readAll(file, false));
            assertThat(streamed.get(3).values()).containsEntry("名称", "龙居镇 3 号片区").containsEntry("备注", "蝴蝶形");
        }
        try (FeatureSource source = GeoJsonSource.open(gb)) {
            assertThat(source.schema().encoding()).isEqualTo("GB18030");
        }
    }

    @Test
    void nameAndCrsAfterTheFeaturesAndABadGeometryNamedAtItsRecord() throws Exception {
        Path file = dir.resolve("后置.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"名称": "甲", "面积": 1}, "geometry": {"type": "Point", "coordinates": [37500000.5, 3900000.25]}},
                  {"type": "Feature", "properties": {"名称": "乙", "面积": 2.5, "嵌套": {"a": [1, 2]}},
                   "geometry": {"type": "Polygon", "coordinates": [[[37500000, 3900000], [37500010, 3900000], [37500010, 3900010]]]}},
                  "不是要素",
                  {"type": "Feature", "properties": {"名称": "丁", "是否": true}, "geometry": null}
                 ],
                 "name": "拆违点", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4525"}}}
                """, StandardCharsets.UTF_8);

        List<Read> streamed = readAll(file, true);
        assertThat(streamed).isEqualTo(readAll(file, false));
        assertThat(streamed).extracting(Read::fault).containsExactly(null, null,
                "BAD_GEOMETRY record 1: a polygon ring needs at least 4 positions, has 3",
                "BAD_GEOMETRY record 2: not a GeoJSON Feature", null);
        assertThat(streamed.get(4).values()).containsEntry("是否", 1L).containsEntry("嵌套", null);
        try (FeatureSource source = GeoJsonSource.open(file); FeatureSource whole = GeoJsonSource.openWhole(file)) {
            assertThat(source.schema()).isEqualTo(whole.schema());
            assertThat(source.schema().name()).isEqualTo("拆违点");
            assertThat(source.schema().crs().epsg()).isEqualTo(4525);
        }
    }

    @Test
    void aSingleFeatureOrABareGeometryIsReadWholeAsBefore() throws Exception {
        Path feature = dir.resolve("单个.geojson");
        Files.writeString(feature, "{\"type\":\"Feature\",\"properties\":{\"名称\":\"甲\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[111.5,35.5]}}", StandardCharsets.UTF_8);
        assertThat(readAll(feature, true)).isEqualTo(readAll(feature, false)).hasSize(1 + 1);
    }

    /**
     * Every cut of a GDAL-written file and a few hundred damaged copies: the streamed reader fails at open exactly
     * when the whole-file reader does, with the same problem, a message naming the file and (inside "features")
     * the record; otherwise both read the same.
     */
    @Test
    void truncatedAndDamagedFilesFailAtOpenAsTheWholeReaderDoes() throws Exception {
        byte[] valid = Files.readAllBytes(gdalMade("完整.geojson"));
        java.util.Random random = new java.util.Random(20261129);
        int failures = 0;
        int namedRecords = 0;
        for (int i = 0; i < 400; i++) {
            byte[] bytes = i < 200 ? Arrays.copyOf(valid, valid.length * i / 200) : valid.clone();
            if (i >= 200) {
                bytes[random.nextInt(bytes.length)] = (byte) "{}[],:\"x0 #\\".charAt(random.nextInt(12));
            }
            Path damaged = dir.resolve("损坏-" + i + ".geojson");
            Files.write(damaged, bytes);
            List<Read> streamed = readAll(damaged, true);
            List<Read> whole = readAll(damaged, false);
            assertThat(SourceReads.outcome(streamed)).as("case " + i + ": " + streamed + " whole: " + whole).isEqualTo(SourceReads.outcome(whole));
            if (streamed.get(0).fault() != null && streamed.get(0).fault().startsWith("OPEN")) {
                failures++;
                assertThat(streamed.get(0).fault()).contains(damaged.getFileName().toString());
                namedRecords += streamed.get(0).fault().contains(" record ") ? 1 : 0;
            } else {
                assertThat(streamed).as("case " + i).isEqualTo(whole);
            }
        }
        assertThat(failures).isGreaterThan(250);
        assertThat(namedRecords).isGreaterThan(100);
        Path half = dir.resolve("一半.geojson");
        Files.write(half, Arrays.copyOf(valid, valid.length * 2 / 3));
        assertThat(readAll(half, true).get(0).fault()).startsWith("OPEN TRUNCATED").contains("一半.geojson record ");
    }

    private Path gdalMade(String name) throws Exception {
        return SourceReads.gdalMade(dir, SEED_CSV, name, "GeoJSON", "EPSG:4490");
    }

    private static List<Read> readAll(Path file, boolean streamed) {
        return SourceReads.readAll(file, streamed ? GeoJsonSource::open : GeoJsonSource::openWhole);
    }
}
