package rectimap.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Renders a PDF page with poppler's {@code pdftoppm} (a real, independent PDF reader) to an image. */
final class PdfRaster {

    private PdfRaster() {
    }

    /**
     * Page {@code page} (1-based) of {@code pdf} at {@code dpi}; {@code cropMm} = {x, y, w, h} in mm from the top-left,
     * or null for the whole page.
     */
    static BufferedImage render(Path pdf, int page, double dpi, double[] cropMm) throws IOException,
            InterruptedException {
        Path dir = Files.createTempDirectory("pdftoppm");
        List<String> command = new ArrayList<>(List.of("pdftoppm", "-png", "-r", String.valueOf(dpi),
                "-f", String.valueOf(page), "-l", String.valueOf(page), "-singlefile"));
        if (cropMm != null) {
            double pxPerMm = dpi / 25.4;
            command.addAll(List.of("-x", String.valueOf(Math.round(cropMm[0] * pxPerMm)),
                    "-y", String.valueOf(Math.round(cropMm[1] * pxPerMm)),
                    "-W", String.valueOf(Math.round(cropMm[2] * pxPerMm)),
                    "-H", String.valueOf(Math.round(cropMm[3] * pxPerMm))));
        }
        command.add(pdf.toString());
        command.add(dir.resolve("page").toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("pdftoppm failed: " + output);
        }
        Path png = dir.resolve("page.png");
        BufferedImage image = ImageIO.read(png.toFile());
        Files.delete(png);
        Files.delete(dir);
        return image;
    }

    /** Luminance 0–255 of a pixel. */
    static int luminance(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (int) Math.round(0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255));
    }
}
