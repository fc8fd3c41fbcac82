package rectimap.raster.geotiff;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * Regions of a TIFF's images decoded by ImageIO's TIFF readers, for every layout {@link JpegTiles} does not decode
 * itself (Deflate, LZW, strips, palettes, RGB JPEG…). Pixels of a classic TIFF are decoded by the JDK's own TIFF
 * reader, whose source regions decode only the tiles or strips they meet; TwelveMonkeys 3.14 fails on a source region
 * narrower than the image for every compression but JPEG (its issue #746), so it decodes only BigTIFF (which the JDK
 * reader does not read): JPEG tiles by region, other compressions by bands of full rows cut to the region. A few
 * readers, each on its own file stream (an {@link ImageReader} serves one thread at a time), are made when first
 * needed and lent out per read. Thread-safe; {@link #close()} closes every stream.
 */
final class ImageIoRegions implements AutoCloseable {

    /** Readers per file: decoding runs on as many threads as there are cores, up to this. */
    private static final int MAX_READERS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final int COMPRESSION_JPEG = 7;

    private final Path path;
    private final boolean bigTiff;
    private final LinkedBlockingDeque<ImageReader> idle = new LinkedBlockingDeque<>();
    private final List<ImageReader> all = new ArrayList<>();

    ImageIoRegions(Path path, boolean bigTiff) {
        this.path = path;
        this.bigTiff = bigTiff;
    }

    /**
     * Decodes {@code region} of image {@code index} (as the file stores it: the colour model may be indexed);
     * {@code compression} is the image's TIFF compression code, {@code width} its width in pixels.
     */
    BufferedImage read(int index, Rectangle region, int compression, int width) throws IOException {
        boolean fullRows = bigTiff && compression != COMPRESSION_JPEG;
        Rectangle asked = fullRows ? new Rectangle(0, region.y, width, region.height) : region;
        ImageReader reader = borrow();
        BufferedImage decoded;
        try {
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceRegion(asked);
            decoded = reader.read(index, param);
        } finally {
            idle.addFirst(reader);
        }
        if (!fullRows) {
            return decoded;
        }
        BufferedImage cut = decoded.getSubimage(region.x, 0, region.width, region.height);
        java.awt.image.WritableRaster copy = cut.getColorModel().createCompatibleWritableRaster(region.width,
                region.height);
        cut.copyData(copy);
        return new BufferedImage(cut.getColorModel(), copy, cut.isAlphaPremultiplied(), null);
    }

    private ImageReader borrow() throws IOException {
        ImageReader reader = idle.pollFirst();
        if (reader != null) {
            return reader;
        }
        synchronized (all) {
            if (all.size() < MAX_READERS) {
                ImageReader made = bigTiff ? new TIFFImageReaderSpi().createReaderInstance()
                        : JdkImageReader.of("tiff");
                made.setInput(new FileImageInputStream(path.toFile()), false, true);
                all.add(made);
                return made;
            }
        }
        try {
            return idle.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a reader", e);
        }
    }

    @Override
    public void close() {
        synchronized (all) {
            for (ImageReader reader : all) {
                Object input = reader.getInput();
                reader.dispose();
                if (input instanceof ImageInputStream stream) {
                    try {
                        stream.close();
                    } catch (IOException ignored) {
                        // Closing a read-only file: nothing is lost, and close() promises not to throw.
                    }
                }
            }
            all.clear();
            idle.clear();
        }
    }
}
