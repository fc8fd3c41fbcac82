package rectimap.exchange.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import rectimap.geo.CrsTransform;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;
import rectimap.store.GdalTools;

/** Our Shapefile exports read back by GDAL (python3-gdal), value by value. */
class ShapefileWriterGdalTest {
    private static final String LONG_NAME = "整治责任单位名称";
    private static final String DUMP = String.join("\n",
            "import sys",
            "from osgeo import ogr",
            "ds = ogr.Open(sys.argv[1])",
            "lyr = ds.GetLayer(0)",
            "srs = lyr.GetSpatialRef()",
            "srs.AutoIdentifyEPSG()",
            "print('EPSG', srs.GetAuthorityCode(None))",
            "d = lyr.GetLayerDefn()",
            "print('FIELDS', '|'.join(d.GetFieldDefn(i).GetName() + ':' + d.GetFieldDefn(i).GetTypeName()"
                    + " for i in range(d.GetFieldCount())))",
            "for f in lyr:",
            "    vals = []",
            "    for i in range(d.GetFieldCount()):",
            "        if not f.IsFieldSetAndNotNull(i): vals.append('<null>')",
            "        elif d.GetFieldDefn(i).GetType() == ogr.OFTDate:",
            "            y, m, dd = f.GetFieldAsDateTime(i)[:3]; vals.append('%04d-%02d-%02d' % (y, m, dd))",
            "        elif d.GetFieldDefn(i).GetType() == ogr.OFTReal: vals.append(repr(f.GetFieldAsDouble(i)))",
            "        else: vals.append(f.GetFieldAsString(i))",
            "    g = f.GetGeometryRef()",
            "    vals.append(g.ExportToIsoWkt() if g is not None else '<null>')",
            "    print('F', '|'.join(vals))");

    @TempDir
    Path folder;

    private Layer layer() throws Exception {
        List<Field> fields = List.of(new Field("名称", FieldType.TEXT), new Field(LONG_NAME, FieldType.TEXT),
                new Field("人数", FieldType.INTEGER), new Field("面积_m2", FieldType.REAL),
                new Field("完成日期", FieldType.DATE));
        WKTReader wkt = new WKTReader();
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < GdalShapefiles.NAMES.length; i++) {
            Geometry geometry = GdalShapefiles.expected().get(i).geometry();
            if (geometry == null) {
                geometry = wkt.read("MULTIPOLYGON (((111 35, 111.001 35, 111.001 35.001, 111 35)))");
            }
            if (geometry.getGeometryType().equals("Polygon")) {
                geometry = geometry.getFactory().createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                    (org.locationtech.jts.geom.Polygon) geometry});
            }
            geometry.setSRID(4490);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("名称", GdalShapefiles.NAMES[i]);
            values.put(LONG_NAME, i % 3 == 0 ? null : "运城市盐湖区" + GdalShapefiles.NAMES[i] + "人民政府");
            values.put("人数", i % 4 == 1 ? null : 12_000L * i - 7);
            values.put("面积_m2", i % 5 == 2 ? null : 123456.789 + i / 7.0);
            values.put("完成日期", i % 6 == 4 ? null : LocalDate.of(2024, 12, 31).minusDays(40L * i));
            features.add(new Feature(i + 1, geometry, values));
        }
        LayerInfo info = new LayerInfo(new FeatureType("责任区", GeometryKind.MULTIPOLYGON, fields), "责任区",
                LayerRole.PLANNING, Provenance.SURVEYED, "", 4490);
        return new Layer(info, features);
    }

    @Test
    void theWarningListNamesTheCutFieldBeforeWriting() throws Exception {
        ShapefileExportPlan gbk = ShapefileWriter.plan(layer(), ShapefileEncoding.GBK);
        assertThat(gbk.renamedColumns()).extracting(ShapefileExportPlan.Column::fieldName,
                ShapefileExportPlan.Column::writtenName).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        LONG_NAME, "整治责任单"));
        ShapefileExportPlan utf8 = ShapefileWriter.plan(layer(), ShapefileEncoding.UTF_8);
        assertThat(utf8.renamedColumns()).extracting(ShapefileExportPlan.Column::writtenName)
                .containsExactly("整治责", "完成日");
        assertThat(utf8.needsWarning()).isTrue();
    }

    @Test
    void gbkExportReadsBackInGdalValueByValueEvenWithoutTheCpg() throws Exception {
        Layer layer = layer();
        Path shp = folder.resolve("责任区.shp");
        ShapefileWriter.write(shp, layer, ShapefileEncoding.GBK, 4490);
        assertThat(Files.readAllBytes(folder.resolve("责任区.dbf"))[29]).isEqualTo((byte) 0x4D);
        assertThat(Files.readString(folder.resolve("责任区.cpg"))).isEqualTo("GBK");
        assertThat(Files.list(folder).filter(p -> p.getFileName().toString().endsWith(".writing"))).isEmpty();
        assertGdalReadsBack(shp, layer, 4490, 1e-9, "整治责任单");
        Files.delete(folder.resolve("责任区.cpg"));
        assertGdalReadsBack(shp, layer, 4490, 1e-9, "整治责任单");
    }

    @Test
    void utf8ExportInGaussKrugerReadsBackWithinAMillimetre() throws Exception {
        Layer layer = layer();
        Path shp = folder.resolve("zone.shp");
        ShapefileWriter.write(shp, layer, ShapefileEncoding.UTF_8, 4546);
        assertThat(Files.readString(folder.resolve("zone.cpg"))).isEqualTo("UTF-8");
        assertGdalReadsBack(shp, layer, 4546, 0.001, "整治责");
        try (ShapefileSource ours = ShapefileSource.open(shp)) {
            assertThat(ours.schema().crs().epsg()).isEqualTo(4546);
            assertThat(ours.next().get("名称")).isEqualTo("解州镇");
        }
    }

    private void assertGdalReadsBack(Path shp, Layer layer, int epsg, double tolerance, String cutName)
            throws Exception {
        Path script = folder.resolve("dump.py");
        Files.writeString(script, DUMP);
        String output = GdalTools.python(script.toString(), shp.toString())
                .requireSuccess().output();
        List<String> lines = output.lines().toList();
        assertThat(lines).contains("EPSG " + epsg);
        assertThat(lines).contains("FIELDS 名称:String|" + cutName + ":String|人数:Integer|"
                + lines.stream().filter(l -> l.startsWith("FIELDS")).findFirst().orElseThrow()
                        .replaceFirst("^.*人数:Integer\\|", ""));
        List<String> rows = lines.stream().filter(l -> l.startsWith("F ")).map(l -> l.substring(2)).toList();
        assertThat(rows).hasSize(layer.features().size());
        CrsTransform toTarget = epsg == 4490 ? null : CrsTransform.between(4490, epsg);
        WKTReader wkt = new WKTReader();
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split("\\|", -1);
            Feature want = layer.features().get(i);
            assertThat(cells[0]).isEqualTo(want.get("名称"));
            assertThat(cells[1]).isEqualTo(want.get(LONG_NAME) == null ? "<null>" : want.get(LONG_NAME));
            assertThat(cells[2]).isEqualTo(want.get("人数") == null ? "<null>" : want.get("人数").toString());
            if (want.get("面积_m2") == null) {
                assertThat(cells[3]).isEqualTo("<null>");
            } else {
                assertThat(Double.parseDouble(cells[3])).isCloseTo((Double) want.get("面积_m2"), within(1e-9));
            }
            assertThat(cells[4]).isEqualTo(want.get("完成日期") == null ? "<null>" : want.get("完成日期").toString());
            Geometry got = wkt.read(cells[5]);
            Geometry expected = toTarget == null ? want.geometry() : toTarget.apply(want.geometry());
            assertThat(got.getArea()).isCloseTo(expected.getArea(), within(expected.getArea() * 1e-9));
            ShapefileSourceGdalTest.assertVerticesMatch(got, expected, tolerance, "feature " + (i + 1));
        }
    }
}
