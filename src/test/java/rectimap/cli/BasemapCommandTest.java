package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.raster.GeoTiffFixtures;
import rectimap.raster.GeoTiffFixtures.Recipe;
import rectimap.render.Viewport;

/**
 * {@code render --basemap} and {@code print --basemap} through the real CLI over GDAL-made GeoTIFFs: the imagery
 * lands where it belongs under the vectors, a sheet carries it as a JPEG with its text still text, and a damaged file
 * is named while the rest of the map is drawn and the project is left as it was.
 */
class BasemapCommandTest {

    @TempDir
    static Path dir;
    static Path project;
    /** A CGCS2000 lon/lat COG near the district seat with one red pixel. */
    static final Recipe SEAT = new Recipe(4490, 110.99, 35.03, 0.00002, 800, 600, 410, 270, "rgb", "COG",
            List.of("COMPRESS=DEFLATE", "BLOCKSIZE=256"), List.of(), false);
    static Path seat;
    /** A 20 m GK ortho over the whole district, JPEG tiles with overviews. */
    static Path district;

    @BeforeAll
    static void files() throws Exception {
        project = Files.copy(Path.of("maps", "yanhu-sample.gpkg"), dir.resolve("project.gpkg"));
        seat = GeoTiffFixtures.write(dir.resolve("seat.tif"), SEAT);
        district = GeoTiffFixtures.write(dir.resolve("district.tif"), new Recipe(4546, 470000, 3920000, 20, 2500,
                3500, 1000, 1000, "rgb", "GTiff", List.of("TILED=YES", "COMPRESS=JPEG", "PHOTOMETRIC=YCBCR"),
                List.of(2, 4, 8), false));
    }

    @Test
    void renderDrawsTheRedPixelWhereItLiesUnderTheVectors() throws Exception {
        Path png = dir.resolve("seat.png");
        double lon = SEAT.redX();
        double lat = SEAT.redY();
        CliRun run = CliRun.of("render", "--project", project.toString(), "--out", png.toString(), "--width", "400",
                "--height", "300", "--center", (lon + 0.00031) + "," + (lat - 0.00017), "--scale", "800",
                "--basemap", seat.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        Coordinate centre = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E).apply(lon + 0.00031,
                lat - 0.00017);
        Viewport viewport = new Viewport(centre.x, centre.y, 1, 400, 300).atScale(800, 96);
        Coordinate red = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E).apply(lon, lat);
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        // Around where it should be (the red of the 示意 badge is elsewhere), 40 pixels each way.
        int expectedX = (int) viewport.toScreenX(red.x);
        int expectedY = (int) viewport.toScreenY(red.y);
        for (int y = expectedY - 40; y < expectedY + 40; y++) {
            for (int x = expectedX - 40; x < expectedX + 40; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) - ((rgb >> 8) & 0xff) > 100) {
                    sumX += x + 0.5;
                    sumY += y + 0.5;
                    count++;
                }
            }
        }
        assertThat(count).as("red pixels, one source pixel is ~8 output pixels wide").isBetween(20, 120);
        assertThat(Math.abs(sumX / count - viewport.toScreenX(red.x))).isLessThan(0.5);
        assertThat(Math.abs(sumY / count - viewport.toScreenY(red.y))).isLessThan(0.5);
    }

    @Test
    void aTruncatedBasemapIsNamedTheMapIsStillDrawnAndTheProjectUntouched() throws Exception {
        Path cut = dir.resolve("cut.tif");
        byte[] bytes = Files.readAllBytes(district);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String before = sha256(project);
        Path png = dir.resolve("cut.png");
        CliRun run = CliRun.of("render", "--project", project.toString(), "--out", png.toString(), "--width", "300",
                "--height", "200", "--basemap", cut.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("render: ").contains("cut.tif").contains("已损坏或不完整")
                .doesNotContain("Exception");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(distinctColours(image)).as("the vector map is drawn").isGreaterThan(20);
        assertThat(sha256(project)).isEqualTo(before);
        CliRun english = CliRun.of("render", "--project", project.toString(), "--out", png.toString(), "--width", "300",
                "--height", "200", "--basemap", cut.toString(), "--lang", "en");
        assertThat(english.err()).contains("damaged or incomplete");
    }

    @Test
    void anA3SheetCarriesTheOrthoAsJpegAtPrintResolutionWithItsTextStillText() throws Exception {
        Path pdf = dir.resolve("jiezhou.pdf");
        CliRun run = CliRun.of("print", "--project", project.toString(), "--extent", "township:解州镇", "--paper", "A3",
                "--out", pdf.toString(), "--basemap", district.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.size(pdf)).as("a reasonable size").isLessThan(8_000_000);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("解州镇 环境整治责任区分布图");
            List<PDImageXObject> images = new ArrayList<>();
            collectImages(document.getPage(0).getResources(), images);
            PDImageXObject ortho = images.stream().max(java.util.Comparator.comparingInt(PDImageXObject::getWidth))
                    .orElseThrow();
            assertThat(ortho.getCOSObject().getItem(COSName.FILTER)).isEqualTo(COSName.DCT_DECODE);
            // The A3 map frame is well over 300 mm wide: at 300 dpi the image is thousands of pixels.
            assertThat(ortho.getWidth()).isGreaterThan(3000);
        }
    }

    private static void collectImages(PDResources resources, List<PDImageXObject> into) throws Exception {
        for (COSName name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                into.add(image);
            } else if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                    && form.getResources() != null) {
                collectImages(form.getResources(), into);
            }
        }
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
