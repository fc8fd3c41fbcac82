package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static rectimap.app.Labels.text;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.exchange.AxisOrder;
import rectimap.model.Layer;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;
import rectimap.ui.MainWindow;

/**
 * The import wizard on what surveyors and offices send: a GBK CSV whose X column holds the northing (made by
 * ogr2ogr from lon/lat via EPSG:4546) is recognised, the note says the columns are swapped, the override switches
 * it off and on again, and the imported points land within 1 mm of the lon/lat they were made from; a zip holding
 * two Shapefiles lists both and imports the one the user picks.
 */
class TableAndZipWizardTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();
    private static final double[][] LON_LAT = {{111.0, 35.0}, {111.0523456789, 35.0312345678}};

    @Test
    void aNorthingFirstGbkSurveyCsvIsSwappedWithANoteAndAnOverride(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path csv = northingFirstGbkCsv(sample.home());
        Path project = window.model().project().file();

        robot.interact(() -> window.exchange().importFile(csv));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> text(robot, "#importAxesNote").contains("已按测量坐标习惯"));
        assertThat(text(robot, "#importAxesNote")).contains("列“X”的数值是北坐标", "3874592.902", "列“Y”是东坐标",
                "500000.000");
        assertThat(robot.lookup("#importXColumn").queryComboBox().getValue()).isEqualTo("X");
        assertThat(robot.lookup("#importYColumn").queryComboBox().getValue()).isEqualTo("Y");
        assertThat(robot.lookup("#importXColumn").queryComboBox().getItems()).containsExactly("点名", "X", "Y");
        assertThat(text(robot, "#importSummary")).contains("2 条记录", "点名", "GB");
        assertThat(robot.lookup("#importCrs").queryAs(TextField.class).getText()).isEqualTo("4546");
        assertThat(text(robot, "#importCrsNote")).isEqualTo("坐标范围符合多个坐标系：EPSG:4546 CGCS2000 3° 高斯-克吕格，"
                + "中央经线 111°E（6 位横坐标不含带号，带号按本项目推定）。请选择并确认。");

        @SuppressWarnings("unchecked")
        ComboBox<AxisOrder> order = robot.lookup("#importAxisOrder").queryAs(ComboBox.class);
        robot.interact(() -> order.setValue(AxisOrder.X_EAST));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#importAxesNote").startsWith("按所选顺序"));
        assertThat(text(robot, "#importAxesNote")).contains("列“X”为东坐标/经度");
        robot.interact(() -> order.setValue(AxisOrder.DETECT));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> text(robot, "#importAxesNote").contains("已按测量坐标习惯"));

        robot.clickOn("#importCrsConfirm");
        assertThat(ImportWizardSteps.finish(robot, "已从")).contains("导入 2 个要素");
        ImportWizardSteps.awaitLayer(window, "控制点");
        robot.clickOn("#importClose");
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            Layer layer = store.load("控制点");
            assertThat(layer.features()).extracting(f -> f.text("点名")).containsExactly("解州镇卫生院", "北相镇垃圾站");
            assertAtTheSurveyedPoints(layer);
        }
    }

    /**
     * An XLSX (ogr2ogr's writer) whose coordinate headers no name rule knows: the step says so and offers the sheet's
     * headers; the user picks the northing column as x, and the detection swaps it back.
     */
    @Test
    void anXlsxWithUnknownHeadersOffersItsColumnsAndThePickedOnesAreStillChecked(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        northingFirstGbkCsv(sample.home());
        Path xlsx = sample.home().resolve("界桩成果.xlsx");
        GdalTools.ogr2ogr("-f", "XLSX", xlsx.toString(), sample.home().resolve("metres.gpkg").toString(), "-dialect",
                "SQLite", "-sql", "SELECT name AS 点名, ST_Y(geom) AS N值, ST_X(geom) AS E值 FROM pts")
                .requireSuccess();
        Path project = window.model().project().file();

        robot.interact(() -> window.exchange().importFile(xlsx));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#importSummary").contains("no x/longitude"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#importXColumn").queryComboBox().getItems().size() == 3);
        @SuppressWarnings("unchecked")
        ComboBox<String> x = robot.lookup("#importXColumn").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> y = robot.lookup("#importYColumn").queryAs(ComboBox.class);
        assertThat(x.getItems()).containsExactly("点名", "N值", "E值");
        robot.interact(() -> {
            x.setValue("N值");
            y.setValue("E值");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#importSummary").contains("2 条记录"));
        assertThat(text(robot, "#importAxesNote")).contains("列“N值”的数值是北坐标", "已按测量坐标习惯");
        robot.clickOn("#importCrsConfirm");
        ImportWizardSteps.finish(robot, "已从");
        ImportWizardSteps.awaitLayer(window, "界桩成果");
        robot.clickOn("#importClose");
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            assertAtTheSurveyedPoints(store.load("界桩成果"));
        }
    }

    @Test
    void aZipWithTwoShapefilesListsThemAndImportsThePickedOne(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path zip = twoShapefilesZip(sample.home());
        Path project = window.model().project().file();

        robot.interact(() -> window.exchange().importFile(zip));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#importSourceLayer").queryComboBox().getItems().size() == 2);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#importSummary").contains("多个图层"));
        assertThat(text(robot, "#importSummary")).isEqualTo("文件中有多个图层：两个图层.zip。请在“图层”中选择要导入的一个。");
        assertThat(robot.lookup("#importNext").queryButton().isDisabled()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<String> layers = robot.lookup("#importSourceLayer").queryAs(ComboBox.class);
        assertThat(layers.getItems()).containsExactly("卫生点.shp", "片区.shp");

        robot.interact(() -> layers.setValue("片区.shp"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#importSummary").contains("2 条记录"));
        assertThat(text(robot, "#importSummary")).contains("图层“片区”", "person", "GBK");
        ImportWizardSteps.finish(robot, "已从");
        ImportWizardSteps.awaitLayer(window, "片区");
        robot.clickOn("#importClose");
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            Layer layer = store.load("片区");
            assertThat(layer.features()).extracting(f -> f.text("name")).containsExactly("解州镇 1 号片区", "北相镇,东段");
            assertThat(layer.features()).extracting(f -> f.text("person")).containsExactly("张三", "李四");
        }
    }

    /** Two points reprojected by ogr2ogr to EPSG:4546 and written as CSV with the northing under "X"; in GBK. */
    static Path northingFirstGbkCsv(Path folder) throws IOException {
        Path seed = folder.resolve("seed.csv");
        Files.writeString(seed, "WKT,name\n\"POINT (111.0 35.0)\",解州镇卫生院\n"
                + "\"POINT (111.0523456789 35.0312345678)\",北相镇垃圾站\n", StandardCharsets.UTF_8);
        Path metres = folder.resolve("metres.gpkg");
        GdalTools.ogr2ogr("-f", "GPKG", metres.toString(), seed.toString(), "-oo", "GEOM_POSSIBLE_NAMES=WKT",
                "-oo", "KEEP_GEOM_COLUMNS=NO", "-s_srs", "EPSG:4490", "-t_srs", "EPSG:4546", "-nln", "pts")
                .requireSuccess();
        Path utf8 = folder.resolve("survey-utf8.csv");
        GdalTools.ogr2ogr("-f", "CSV", utf8.toString(), metres.toString(), "-dialect", "SQLite", "-sql",
                "SELECT name AS 点名, ST_Y(geom) AS X, ST_X(geom) AS Y FROM pts").requireSuccess();
        Path gbk = folder.resolve("控制点.csv");
        Files.write(gbk, Files.readString(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK")));
        return gbk;
    }

    /** 片区 (GBK) and 卫生点 (UTF-8) Shapefiles written by ogr2ogr, zipped together. */
    private static Path twoShapefilesZip(Path folder) throws IOException {
        Path shapes = Files.createDirectories(folder.resolve("shapes"));
        Path polygons = folder.resolve("polygons.csv");
        Files.writeString(polygons, """
                WKT,name,person
                "POLYGON ((111.0 35.0,111.01 35.0,111.01 35.01,111.0 35.01,111.0 35.0))",解州镇 1 号片区,张三
                "POLYGON ((111.02 35.0,111.03 35.0,111.03 35.01,111.02 35.01,111.02 35.0))","北相镇,东段",李四
                """, StandardCharsets.UTF_8);
        Path points = folder.resolve("points.csv");
        Files.writeString(points, """
                WKT,name
                "POINT (111.001 35.002)",解州镇卫生院
                "POINT (111.0123456789 35.0234567891)",北相镇垃圾站
                """, StandardCharsets.UTF_8);
        for (String[] made : new String[][] {{"片区", polygons.toString(), "CP936"}, {"卫生点", points.toString(), "UTF-8"}}) {
            GdalTools.ogr2ogr("-f", "ESRI Shapefile", shapes.resolve(made[0] + ".shp").toString(), made[1], "-oo",
                    "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO", "-a_srs", "EPSG:4490", "-nln", made[0],
                    "-lco", "ENCODING=" + made[2]).requireSuccess();
        }
        Path zip = folder.resolve("两个图层.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            for (Path part : Files.list(shapes).sorted().toList()) {
                out.putNextEntry(new ZipEntry(part.getFileName().toString()));
                Files.copy(part, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** The layer's points lie on {@link #LON_LAT} within 1 mm (about 9e-9 degrees of latitude, 1.1e-8 of longitude). */
    private static void assertAtTheSurveyedPoints(Layer layer) {
        for (int i = 0; i < LON_LAT.length; i++) {
            Coordinate at = layer.features().get(i).geometry().getCoordinate();
            assertThat(at.x).isCloseTo(LON_LAT[i][0], within(9e-9));
            assertThat(at.y).isCloseTo(LON_LAT[i][1], within(9e-9));
        }
    }
}
