package rectimap.raster.geotiff;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageMetadata;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * One TIFF file opened for reading regions of its images. The fields are read by one TwelveMonkeys reader (it reads
 * classic TIFF and BigTIFF alike and hands out every field). Pixels of a classic TIFF are decoded by the JDK's own TIFF
 * reader, whose source regions decode only the tiles or strips they meet; TwelveMonkeys 3.14 fails on a source region
 * narrower than the image for every compression but JPEG (its issue #746), so it decodes only BigTIFF (which the JDK
 * reader does not read): JPEG tiles by region, other compressions by bands of full rows cut to the region. A few pixel
 * readers, each on its own file stream (an {@link ImageReader} serves one thread at a time), are lent out per read.
 * Thread-safe; {@link #close()} closes every stream.
 */
final class TiffFile implements AutoCloseable {

    /** Readers per file: decoding runs on as many threads as there are cores, up to this. */
    private static final int MAX_READERS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final int COMPRESSION_JPEG = 7;

    private final Path path;
    private final boolean bigTiff;
    private final ImageReader fields;
    private final LinkedBlockingDeque<ImageReader> idle = new LinkedBlockingDeque<>();
    private final List<ImageReader> all = new ArrayList<>();

    /** Opens {@code path} and reads its first header. */
    TiffFile(Path path) throws IOException {
        this.path = path;
        this.bigTiff = TiffHeader.of(path).orElseThrow(() -> new IOException("no TIFF header")) == TiffHeader.BIG;
        this.fields = open(new TIFFImageReaderSpi().createReaderInstance());
    }

    Path path() {
        return path;
    }

    /** How many image file directories the file has (the walk reads every IFD header). */
    int imageCount() throws IOException {
        synchronized (fields) {
            return fields.getNumImages(true);
        }
    }

    /** The TIFF fields of image {@code index}. */
    TiffTags tags(int index) throws IOException {
        synchronized (fields) {
            return new TiffTags((TIFFImageMetadata) fields.getImageMetadata(index));
        }
    }

    /** Size and tile size of image {@code index}: width, height, tile width, tile height (0 when striped). */
    int[] layout(int index) throws IOException {
        synchronized (fields) {
            boolean tiled = fields.isImageTiled(index);
            return new int[] {fields.getWidth(index), fields.getHeight(index),
                    tiled ? fields.getTileWidth(index) : 0, tiled ? fields.getTileHeight(index) : 0};
        }
    }

    /**
     * Decodes {@code region} of image {@code index} (as the file stores it: the colour model may be indexed);
     * {@code compression} is the image's TIFF compression code.
     */
    BufferedImage read(int index, Rectangle region, int compression) throws IOException {
        boolean fullRows = bigTiff && compression != COMPRESSION_JPEG;
        Rectangle asked = fullRows ? new Rectangle(0, region.y, layout(index)[0], region.height) : region;
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
                return newReader();
            }
        }
        try {
            return idle.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a reader", e);
        }
    }

    private ImageReader newReader() throws IOException {
        return open(bigTiff ? new TIFFImageReaderSpi().createReaderInstance() : jdkReader());
    }

    private ImageReader open(ImageReader reader) throws IOException {
        ImageInputStream stream = new FileImageInputStream(path.toFile());
        reader.setInput(stream, false, true);
        synchronized (all) {
            all.add(reader);
        }
        return reader;
    }

    /** The JDK's TIFF reader (java.desktop's own plug-in, found by class name among the registered ones). */
    private static ImageReader jdkReader() throws IOException {
        var readers = ImageIO.getImageReadersByFormatName("tiff");
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getClass().getName().startsWith("com.sun.imageio.plugins.tiff.")) {
                return reader;
            }
        }
        throw new IOException("the Java runtime has no TIFF reader");
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
