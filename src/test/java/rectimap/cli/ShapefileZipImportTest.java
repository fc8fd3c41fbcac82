package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;
import rectimap.exchange.ShapefileSources;
import rectimap.model.Layer;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * A .zip holding two Shapefiles ogr2ogr wrote (片区 in GBK, 卫生点 in UTF-8), as an office mails them: the import
 * names the one to read ({@code --source-layer} or {@code zip!inner.shp}); without a choice the message lists both
 * and the project is unchanged; a zip without any .shp says so.
 */
class ShapefileZipImportTest {
    @TempDir
    Path dir;

    @Test
    void theUserNamesTheShapefileOfTheZip() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path zip = twoShapefilesZip();
        assertThat(ShapefileSources.shapefilesInZip(zip)).containsExactly("data/卫生点.shp", "data/片区.shp");
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun unchosen = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                zip.toString());
        assertThat(unchosen.code()).isEqualTo(2);
        assertThat(unchosen.err()).contains("The file holds several layers", "2 Shapefiles", "data/片区.shp", "data/卫生点.shp",
                "The project is unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);

        ExchangeFixtures.CliRun gbk = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                zip.toString(), "--source-layer", "片区.shp", "--layer-name", "pianqu");
        assertThat(gbk.code()).as(gbk.err()).isZero();
        ExchangeFixtures.CliRun utf8 = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                zip + "!data/卫生点.shp", "--layer-name", "weisheng");
        assertThat(utf8.code()).as(utf8.err()).isZero();

        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            Layer areas = store.load("pianqu");
            assertThat(areas.features()).extracting(f -> f.text("name")).containsExactly("解州镇 1 号片区", "北相镇,东段");
            assertThat(areas.features()).extracting(f -> f.text("person")).containsExactly("张三", "李四");
            Layer points = store.load("weisheng");
            assertThat(points.features()).extracting(f -> f.text("name")).containsExactly("解州镇卫生院", "北相镇垃圾站");
            assertThat(points.features().get(1).geometry().getCoordinate().x)
                    .isCloseTo(111.0123456789, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aZipWithoutShapefileOrWithoutTheNamedOneSaysSo() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path none = dir.resolve("说明.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(none), StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry("说明.txt"));
            out.write("数据另行发送".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                none.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("The file holds no layer to import", "the zip holds no .shp", "说明.txt");

        ExchangeFixtures.CliRun wrong = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                twoShapefilesZip().toString(), "--source-layer", "村界.shp");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("the zip holds no 村界.shp", "data/片区.shp");
        try {
            ShapefileSources.shapefilesInZip(dir.resolve("missing.zip"));
        } catch (ExchangeException e) {
            assertThat(e.problem()).isEqualTo(ExchangeProblem.NOT_FOUND);
        }
    }

    /** {@code dir/两个图层.zip}: data/片区.* (GBK, with .cpg) and data/卫生点.* (UTF-8), both made by ogr2ogr. */
    private Path twoShapefilesZip() throws Exception {
        Path shapes = Files.createDirectories(dir.resolve("shapes-" + System.nanoTime()));
        ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "ESRI Shapefile", shapes.resolve("片区.shp"),
                "-lco", "ENCODING=CP936");
        ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POINTS_CSV, "ESRI Shapefile", shapes.resolve("卫生点.shp"),
                "-lco", "ENCODING=UTF-8", "-nln", "卫生点");
        assertThat(GdalTools.ogrinfo("-al", "-so", shapes.resolve("卫生点.shp").toString()).output())
                .contains("Feature Count: 2");
        Path zip = dir.resolve("两个图层.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            for (Path part : Files.list(shapes).sorted().toList()) {
                out.putNextEntry(new ZipEntry("data/" + part.getFileName()));
                Files.copy(part, out);
                out.closeEntry();
            }
        }
        return zip;
    }
}
