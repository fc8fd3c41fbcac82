package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;
import rectimap.campaign.sample.YanhuSample;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;
import rectimap.store.GeoPackageStore;

/** {@code render} end to end: GeoPackage written by the store → PNG, the scale it reports, and bad input. */
class RenderCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RectimapCli.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path sampleIn(Path dir) {
        Path file = dir.resolve("yanhu.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            YanhuSample.generate().forEach(store::write);
        }
        return file;
    }

    @Test
    void rendersTheSampleWithTownshipFillsRoadsAndTheSchematicBadge(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("map.png");

        int code = run("render", "--project", sampleIn(dir).toString(), "--out", png.toString(), "--width", "800",
                "--height", "600");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已写出 " + png).containsPattern("比例尺 1:[0-9,]+");
        // 8-bit RGB (colour type 2): the map is opaque, so the PNG carries no alpha channel (issue 13).
        assertThat(Files.readAllBytes(png)[25]).isEqualTo((byte) 2);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(count(image, 0, 0, 800, 600, 0xf7d9c9)).as("街道 fill").isGreaterThan(1000);
        assertThat(count(image, 0, 0, 800, 600, 0xdcefd2)).as("乡 fill").isGreaterThan(1000);
        assertThat(count(image, 0, 0, 800, 600, 0xe0453a)).as("national road red").isGreaterThan(50);
        assertThat(count(image, 0, 0, 800, 600, 0xbfe2f6)).as("salt lake").isGreaterThan(100);
        assertThat(count(image, 650, 0, 800, 60, 0xc62828)).as("示意 badge frame and word").isGreaterThan(50);
    }

    @Test
    void centreAndScaleGiveExactlyThatScale(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("town.png");

        int code = run("render", "--project", sampleIn(dir).toString(), "--out", png.toString(), "--width", "400",
                "--height", "300", "--center", "110.99,35.02", "--scale", "50000");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("比例尺 1:50,000");
        assertThat(Files.size(png)).isPositive();
    }

    @Test
    void surveyedLayersShowNoBadge(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("survey.gpkg");
        FeatureType type = new FeatureType("parcel", GeometryKind.POLYGON, List.of(new Field("name", FieldType.TEXT)));
        Feature parcel = new Feature(1, new WKTReader().read(
                "POLYGON ((110.98 35.01, 111.0 35.01, 111.0 35.03, 110.98 35.03, 110.98 35.01))"),
                Map.of("name", "地块一"));
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(new Layer(new LayerInfo(type, "地块", LayerRole.PLANNING, Provenance.SURVEYED, "", 4490),
                    List.of(parcel)));
        }
        Path png = dir.resolve("survey.png");

        assertThat(run("render", "--project", file.toString(), "--out", png.toString(), "--width", "400",
                "--height", "300", "--bbox", "110.9,34.95,111.1,35.1")).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(count(image, 250, 0, 400, 60, 0xc62828)).isZero();
        // The parcel's centre (110.99 E, 35.02 N) lands at about (184, 160): default grey at 35% over the paper.
        assertThat(count(image, 182, 158, 187, 163, 0xdadad8)).as("default area fill").isEqualTo(25);
        assertThat(count(image, 0, 0, 60, 60, 0xfbfaf7)).as("paper outside the parcel").isEqualTo(3600);
    }

    @Test
    void aFileThatIsNotAGeoPackageIsRefusedWithItsNameAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bogus = dir.resolve("notes.gpkg");
        Files.writeString(bogus, "just some text, not a database");

        int code = run("render", "--project", bogus.toString(), "--out", dir.resolve("x.png").toString());

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(message).contains(bogus.toString()).contains("不是有效的 GeoPackage").doesNotContain("\tat ");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.gpkg");

        assertThat(run("render", "--project", missing.toString(), "--out", dir.resolve("x.png").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(missing.toString(), "文件不存在");
    }

    @Test
    void badOptionsAreNamedAndRefusedWithExitTwo(@TempDir Path dir) {
        String png = dir.resolve("x.png").toString();
        assertThat(run("render", "--out", png, "--frobnicate", "1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("未知选项“--frobnicate”");
        assertThat(run("render", "--out", png, "--width", "100000", "--height", "100000")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("最大 20,000 像素");
        assertThat(run("render", "--out", png, "--center", "200,100", "--scale", "5000")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("经纬度超出范围");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void badOptionsExplainThemselves() {
        assertThat(run("render", "--width", "800")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out");
        assertThat(run("render", "--out", "a.png", "--bbox", "111,35,110")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bbox 需要 4 个");
        assertThat(run("render", "--out", "a.png", "--center", "111,35")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--center 和 --scale 须一起给出");
    }

    /** Pixels in the rectangle within 24 per channel of {@code rgb}. */
    private static int count(BufferedImage image, int x0, int y0, int x1, int y1, int rgb) {
        int hits = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= 24
                        && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 24
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= 24) {
                    hits++;
                }
            }
        }
        return hits;
    }
}
