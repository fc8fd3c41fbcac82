package rectimap.media;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * Photo files made by the tests: JPEGs drawn with Java2D (a red square marks the top-left corner of the scene, so
 * orientation can be checked) and EXIF written by the real exiftool (Debian's libimage-exiftool-perl). Under CI=true a
 * missing exiftool FAILS the calling test; elsewhere the test is skipped with a message.
 */
public final class TestPhotos {
    private TestPhotos() {
    }

    /** A {@code w} × {@code h} JPEG at {@code file}: a gradient varied by {@code seed}, red square top-left. */
    public static Path jpeg(Path file, int w, int h, int seed) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(40, 90 + seed % 100, 160), w, h,
                new Color(220, 210, 120 + seed % 100)));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(4, w / 8), Math.max(4, h / 8));
        g.dispose();
        write(image, file);
        return file;
    }

    /** A grey {@code w} × {@code h} JPEG (one channel, so a 100-megapixel test picture needs only 100 MB to make). */
    public static Path greyJpeg(Path file, int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, Color.DARK_GRAY, w, h, Color.LIGHT_GRAY));
        g.fillRect(0, 0, w, h);
        g.dispose();
        write(image, file);
        return file;
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** Writes GPS position, time taken ("yyyy:MM:dd HH:mm:ss") and direction into {@code file} with exiftool. */
    public static Path geotag(Path file, double lon, double lat, String taken, double directionDeg) {
        return exiftool(file, "-GPSLatitude=" + Math.abs(lat), "-GPSLatitudeRef=" + (lat >= 0 ? "N" : "S"),
                "-GPSLongitude=" + Math.abs(lon), "-GPSLongitudeRef=" + (lon >= 0 ? "E" : "W"),
                "-DateTimeOriginal=" + taken, "-GPSImgDirection=" + directionDeg, "-GPSImgDirectionRef=T");
    }

    /** Runs {@code exiftool -overwrite_original args file}; fails the test when exiftool does. */
    public static Path exiftool(Path file, String... args) {
        requireExiftool();
        List<String> command = new ArrayList<>(List.of("exiftool", "-q", "-overwrite_original"));
        command.addAll(List.of(args));
        command.add(file.toString());
        Run run = run(command);
        if (run.code != 0) {
            fail(String.join(" ", command) + " exited " + run.code + ": " + run.output);
        }
        return file;
    }

    private record Run(int code, String output) {
    }

    private static void requireExiftool() {
        if (Availability.PRESENT) {
            return;
        }
        String message = "photo tests need exiftool (Debian package libimage-exiftool-perl)";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        Assumptions.abort(message + " (skipped outside CI)");
    }

    private static final class Availability {
        static final boolean PRESENT = probe();

        private static boolean probe() {
            try {
                return run(List.of("exiftool", "-ver")).code == 0;
            } catch (UncheckedIOException e) {
                return false;
            }
        }
    }

    private static Run run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " hung");
            }
            return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of {@code file} with everything from {@code keep} bytes on cut off (a transfer that broke). */
    public static Path truncated(Path source, Path target, int keep) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        Files.write(target, java.util.Arrays.copyOf(bytes, Math.min(keep, bytes.length)));
        return target;
    }
}
