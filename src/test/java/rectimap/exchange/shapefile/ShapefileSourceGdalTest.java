package rectimap.exchange.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import rectimap.exchange.CrsCertainty;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.SourceRecord;
import rectimap.geo.CrsTransform;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;

/** Shapefiles written by GDAL's ogr2ogr, read back value by value. */
class ShapefileSourceGdalTest {
    @TempDir
    Path folder;

    @Test
    void gbkWithCpgIsDeclaredAndReadsChineseNumbersDatesAndHoles() throws Exception {
        Path shp = GdalShapefiles.make(folder, "乡镇_gbk", "CP936", 4490, true, true);
        try (ShapefileSource source = ShapefileSource.open(shp)) {
            assertThat(source.encoding().certainty()).isEqualTo(EncodingCertainty.DECLARED);
            assertThat(source.encoding().charset().name()).isEqualTo("GBK");
            assertThat(source.schema().name()).isEqualTo("乡镇_gbk");
            assertThat(source.schema().crs().epsg()).isEqualTo(4490);
            assertThat(source.schema().crs().certainty()).isEqualTo(CrsCertainty.DECLARED);
            assertThat(source.schema().kind()).isEqualTo(GeometryKind.MULTIPOLYGON);
            assertThat(source.schema().countOrMinusOne()).isEqualTo(GdalShapefiles.NAMES.length);
            assertThat(source.schema().fields()).extracting(f -> f.name() + ":" + f.type())
                    .containsExactly("名称:TEXT", "code:TEXT", "人口:INTEGER", "面积km2:REAL", "日期:DATE");
            assertSameAsSource(readAll(source), 4490);
        }
    }

    @Test
    void gbkWithoutCpgOrLanguageDriverIsDetectedFromContent() throws Exception {
        Path shp = GdalShapefiles.make(folder, "gbk_nocpg", "CP936", 4490, false, true);
        try (ShapefileSource source = ShapefileSource.open(shp)) {
            assertThat(source.encoding().certainty()).isEqualTo(EncodingCertainty.DETECTED);
            assertThat(source.encoding().charset().name()).isEqualTo("GB18030");
            assertSameAsSource(readAll(source), 4490);
        }
    }

    @Test
    void theLanguageDriverByte0x4DDeclaresGbk() throws Exception {
        Path shp = GdalShapefiles.make(folder, "gbk_ldid", "CP936", 4490, false, true);
        GdalShapefiles.setLanguageDriver(folder.resolve("gbk_ldid.dbf"), 0x4D);
        try (ShapefileSource source = ShapefileSource.open(shp)) {
            assertThat(source.encoding().certainty()).isEqualTo(EncodingCertainty.DECLARED);
            assertThat(source.encoding().reason()).contains("0x4D");
            assertSameAsSource(readAll(source), 4490);
        }
    }

    @Test
    void utf8WithAndWithoutCpg() throws Exception {
        Path declared = GdalShapefiles.make(folder, "u8", "UTF-8", 4490, true, true);
        try (ShapefileSource source = ShapefileSource.open(declared)) {
            assertThat(source.encoding().certainty()).isEqualTo(EncodingCertainty.DECLARED);
            assertSameAsSource(readAll(source), 4490);
        }
        Path detected = GdalShapefiles.make(folder, "u8_nocpg", "UTF-8", 4490, false, true);
        try (ShapefileSource source = ShapefileSource.open(detected)) {
            assertThat(source.encoding().charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(source.encoding().certainty()).isEqualTo(EncodingCertainty.DETECTED);
            assertSameAsSource(readAll(source), 4490);
        }
    }

    @Test
    void theInspectionPreviewsBothDecodingsForTheUserToPick() throws Exception {
        Path shp = GdalShapefiles.make(folder, "preview", "CP936", 4490, false, true);
        ShapefileInspection inspection = ShapefileSource.inspect(shp, ShapefileOptions.DETECT);
        EncodingPreview.Decoding gb = inspection.preview().candidates().get(0);
        assertThat(gb.fieldNames()).containsExactly("名称", "code");
        assertThat(gb.rows().get(0)).containsExactly("解州镇", "140802100000");
        assertThat(gb.undecodable()).isZero();
        EncodingPreview.Decoding utf8 = inspection.preview().decoding(StandardCharsets.UTF_8).orElseThrow();
        assertThat(utf8.rows().get(0).get(0)).isNotEqualTo("解州镇").contains("\uFFFD");
        assertThat(utf8.undecodable()).isPositive();
    }

    @Test
    void projectedPrjFilesMapToTheirEpsgCodes() throws Exception {
        for (int epsg : new int[] {4546, 4526}) {
            Path shp = GdalShapefiles.make(folder, "gk" + epsg, "CP936", epsg, true, true);
            try (ShapefileSource source = ShapefileSource.open(shp)) {
                assertThat(source.schema().crs().epsg()).as(Files.readString(folder.resolve("gk" + epsg + ".prj")))
                        .isEqualTo(epsg);
                assertThat(source.schema().crs().certainty()).isEqualTo(CrsCertainty.DECLARED);
                assertSameAsSource(readAll(source), epsg);
            }
        }
    }

    @Test
    void withoutPrjTheCoordinateRangeSuggestsTheCrs() throws Exception {
        Path zoned = GdalShapefiles.make(folder, "zone38", "CP936", 4526, true, false);
        try (ShapefileSource source = ShapefileSource.open(zoned)) {
            assertThat(source.schema().crs().epsg()).isEqualTo(4526);
            assertThat(source.schema().crs().certainty()).isEqualTo(CrsCertainty.GUESSED);
        }
        Path plain = GdalShapefiles.make(folder, "cm111", "CP936", 4546, true, false);
        try (ShapefileSource source = ShapefileSource.open(plain)) {
            assertThat(source.schema().crs().epsg()).isEqualTo(4546);
            assertThat(source.schema().crs().certainty()).isEqualTo(CrsCertainty.AMBIGUOUS);
        }
        Path lonLat = GdalShapefiles.make(folder, "lonlat", "CP936", 4490, true, false);
        try (ShapefileSource source = ShapefileSource.open(lonLat)) {
            assertThat(source.schema().crs().epsg()).isEqualTo(4490);
            assertThat(source.schema().crs().certainty()).isEqualTo(CrsCertainty.GUESSED);
        }
    }

    @Test
    void aZipWithAChineseNameIsReadLikeTheFolder() throws Exception {
        GdalShapefiles.make(folder, "村界", "CP936", 4490, true, true);
        Path zip = folder.resolve("村界.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            for (String extension : List.of("shp", "shx", "dbf", "prj", "cpg")) {
                out.putNextEntry(new ZipEntry("数据/村界." + extension));
                Files.copy(folder.resolve("村界." + extension), out);
                out.closeEntry();
            }
        }
        try (ShapefileSource source = ShapefileSource.open(zip)) {
            assertThat(source.schema().name()).isEqualTo("村界");
            assertThat(source.encoding().certainty()).isEqualTo(EncodingCertainty.DECLARED);
            assertSameAsSource(readAll(source), 4490);
        }
    }

    static List<SourceRecord> readAll(ShapefileSource source) throws ExchangeException {
        List<SourceRecord> records = new ArrayList<>();
        for (SourceRecord r = source.next(); r != null; r = source.next()) {
            records.add(r);
        }
        return records;
    }

    /** Every value equal, every vertex within 1e-9° (lon/lat) or 1 mm (projected, compared in lon/lat). */
    static void assertSameAsSource(List<SourceRecord> records, int epsg) {
        List<GdalShapefiles.Expected> expected = GdalShapefiles.expected();
        assertThat(records).hasSize(expected.size());
        CrsTransform toLonLat = epsg == 4490 ? null : CrsTransform.between(epsg, 4490);
        for (int i = 0; i < expected.size(); i++) {
            SourceRecord record = records.get(i);
            GdalShapefiles.Expected want = GdalShapefiles.expected().get(i);
            assertThat(record.index()).isEqualTo(i);
            var wantValues = GdalShapefiles.values(want);
            assertThat(record.values().keySet()).containsExactlyElementsOf(wantValues.keySet());
            for (var entry : wantValues.entrySet()) {
                Object got = record.get(entry.getKey());
                if (entry.getValue() instanceof Double d) {
                    assertThat((Double) got).as(entry.getKey() + " of record " + i).isCloseTo(d, within(1e-12));
                } else {
                    assertThat(got).as(entry.getKey() + " of record " + i).isEqualTo(entry.getValue());
                }
            }
            if (want.geometry() == null) {
                assertThat(record.geometryInSourceCrs()).as("record " + i).isNull();
                continue;
            }
            Geometry got = toLonLat == null ? record.geometryInSourceCrs() : toLonLat.apply(record.geometryInSourceCrs());
            assertThat(got.getNumGeometries()).isEqualTo(want.geometry().getNumGeometries());
            assertThat(got.isValid()).isTrue();
            double tolerance = epsg == 4490 ? 1e-9 : 1e-8;
            assertThat(got.getArea()).isCloseTo(want.geometry().getArea(), within(1e-12));
            assertVerticesMatch(got, want.geometry(), tolerance, "record " + i);
        }
    }

    /** Same vertex count, and every vertex of each has one of the other within {@code tolerance}. */
    static void assertVerticesMatch(Geometry got, Geometry want, double tolerance, String what) {
        Coordinate[] a = got.getCoordinates();
        Coordinate[] b = want.getCoordinates();
        assertThat(a).as(what).hasSameSizeAs(b);
        for (Coordinate[][] pair : new Coordinate[][][] {{a, b}, {b, a}}) {
            for (Coordinate c : pair[0]) {
                double nearest = Double.MAX_VALUE;
                for (Coordinate d : pair[1]) {
                    nearest = Math.min(nearest, c.distance(d));
                }
                assertThat(nearest).as(what + " vertex " + c).isLessThan(tolerance);
            }
        }
    }
}
