package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * {@code export}: a 责任区 layer with Chinese text, numbers and dates exported to GeoPackage, GeoJSON and KML is
 * read back by GDAL value by value (geometry within 1e-9°); the ledgers (XLSX read back with POI, CSV by its bytes)
 * carry the Chinese column headers; nothing is left beside the target.
 */
class ExportCommandGdalTest {
    private static final String[] WKTS = {
            "MULTIPOLYGON (((111.0 35.0, 111.01 35.0, 111.01 35.01, 111.0 35.01, 111.0 35.0)))",
            "MULTIPOLYGON (((111.02 35.0, 111.03 35.0, 111.03 35.01, 111.0212345678 35.01, 111.02 35.0)),"
                    + " ((111.04 35.0, 111.05 35.0, 111.05 35.01, 111.04 35.0)))"};

    @TempDir
    Path dir;

    private Path project() throws Exception {
        Path file = dir.resolve("项目.gpkg");
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < WKTS.length; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("kind", i == 0 ? "巡逻片区" : "乡镇干部包村");
            values.put("person", i == 0 ? "张三" : "李四，\"老李\"");
            values.put("unit", null);
            values.put("phone", "13912345678");
            values.put("township", "解州镇");
            values.put("village", i == 0 ? null : "西张耿村");
            values.put("since", LocalDate.of(2026, 3, 2 + i));
            values.put("note", "第" + (i + 1) + "段");
            values.put("area_m2", 1012695.4237442017 * (i + 1));
            values.put("area_mu", 1519.043 * (i + 1));
            features.add(new Feature(i + 1, new WKTReader().read(WKTS[i]), values));
        }
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(new Layer(ResponsibilityAreaSchema.schema().info(), features));
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpkg", "geojson", "kml"})
    void gdalReadsEveryValueBack(String format) throws Exception {
        Path out = dir.resolve("责任区." + format);
        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("export", "--project", project().toString(), "--layer",
                "responsibility_area", "--format", format, "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();

        List<Map<String, Object>> read = GdalFeatures.features(GdalFeatures.read(out));
        assertThat(read).hasSize(2);
        Map<String, Object> second = read.get(1);
        assertThat(second.get("person")).isEqualTo("李四，\"老李\"");
        assertThat(second.get("kind")).isEqualTo("乡镇干部包村");
        assertThat(second.get("village")).isEqualTo("西张耿村");
        assertThat(read.get(0).get("village")).isNull();
        assertThat(String.valueOf(second.get("phone"))).isEqualTo("13912345678");
        assertThat(((Number) second.get("area_m2")).doubleValue()).isEqualTo(1012695.4237442017 * 2);
        // KML has no date type: GDAL reads the ISO text; GeoPackage and GeoJSON dates come back as dates.
        assertThat(String.valueOf(second.get("since")).replace('-', '/')).isEqualTo("2026/03/03");
        for (int i = 0; i < 2; i++) {
            Geometry expected = new WKTReader().read(WKTS[i]).norm();
            Geometry actual = GdalFeatures.geometry(read.get(i)).norm();
            assertThat(actual.getNumGeometries()).isEqualTo(expected.getNumGeometries());
            assertThat(actual.equalsExact(expected, 1e-9)).as("%s vs %s", actual, expected).isTrue();
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.startsWith(".") && name.contains("责任区"));
        if (format.equals("gpkg")) {
            GdalTools.validateGpkg(out).requireSuccess();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "UTF-8"})
    void shapefilesInGbkOrUtf8ReadBackByGdalWithAWarningForCutNames(String encoding) throws Exception {
        Path out = dir.resolve("责任区.shp");
        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("export", "--project", project().toString(), "--layer",
                "responsibility_area", "--format", "shp", "--encoding", encoding, "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("责任区.cpg")).trim()).isEqualTo(encoding);

        List<Map<String, Object>> read = GdalFeatures.features(GdalFeatures.read(out));
        assertThat(read).hasSize(2);
        assertThat(read.get(1).get("person")).isEqualTo("李四，\"老李\"");
        assertThat(read.get(1).get("village")).isEqualTo("西张耿村");
        assertThat(String.valueOf(read.get(1).get("since"))).isEqualTo("2026/03/03");
        assertThat(((Number) read.get(1).get("area_m2")).doubleValue())
                .isCloseTo(1012695.4237442017 * 2, org.assertj.core.data.Offset.offset(1e-6));
        for (int i = 0; i < 2; i++) {
            // A one-part polygon comes back from a Shapefile as a POLYGON: compare the parts.
            Geometry expected = onePartAsPolygon(new WKTReader().read(WKTS[i])).norm();
            Geometry actual = onePartAsPolygon(GdalFeatures.geometry(read.get(i))).norm();
            assertThat(actual.equalsExact(expected, 1e-9)).as("%s vs %s", actual, expected).isTrue();
        }
        // No field of 责任区 is longer than 10 bytes: nothing to warn about.
        assertThat(run.err()).doesNotContain("warning");
    }

    @Test
    void xlsxLedgerHasChineseHeadersNumbersAndDates() throws Exception {
        Path out = dir.resolve("责任区台账.xlsx");
        assertThat(ExchangeFixtures.cli("export", "--project", project().toString(), "--layer",
                "responsibility_area", "--format", "xlsx", "--out", out.toString()).code()).isZero();

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("责任区");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("编号", "责任类型", "责任人", "责任单位", "联系电话", "乡镇（街道）",
                    "村（社区）", "乡镇代码", "村代码", "起始日期", "备注", "面积", "面积（亩）");
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getNumericCellValue()).isEqualTo(2.0);
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo("李四，\"老李\"");
            Cell since = second.getCell(9);
            assertThat(DateUtil.isCellDateFormatted(since)).isTrue();
            assertThat(since.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 3));
            assertThat(second.getCell(11).getNumericCellValue()).isEqualTo(1012695.4237442017 * 2);
            assertThat(sheet.getRow(1).getCell(3)).isNull();
        }
    }

    @Test
    void csvLedgerStartsWithABomAndEnglishHeadersOnRequest() throws Exception {
        Path zh = dir.resolve("台账.csv");
        Path en = dir.resolve("ledger.csv");
        Path file = project();
        assertThat(ExchangeFixtures.cli("export", "--project", file.toString(), "--layer", "responsibility_area",
                "--format", "csv", "--out", zh.toString()).code()).isZero();
        assertThat(ExchangeFixtures.cli("export", "--project", file.toString(), "--layer", "responsibility_area",
                "--format", "csv", "--lang", "en", "--out", en.toString()).code()).isZero();

        byte[] bytes = Files.readAllBytes(zh);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("编号,责任类型,责任人,责任单位,联系电话,乡镇（街道）,村（社区）,乡镇代码,村代码,起始日期,备注,面积,面积（亩）");
        assertThat(lines.get(2)).isEqualTo(
                "2,乡镇干部包村,\"李四，\"\"老李\"\"\",,13912345678,解州镇,西张耿村,,,2026-03-03,第2段,"
                        + (1012695.4237442017 * 2) + ",3038.086");
        assertThat(Files.readString(en)).contains("ID,Kind,Responsible person,Responsible unit,Phone");
        String info = GdalTools.ogrinfo("-al", zh.toString()).requireSuccess().output();
        assertThat(info).contains("责任人 (String) = 李四，\"老李\"");
    }

    private static Geometry onePartAsPolygon(Geometry geometry) {
        return geometry.getNumGeometries() == 1 ? geometry.getGeometryN(0) : geometry;
    }
}
