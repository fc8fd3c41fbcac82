package rectimap.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Decodes a photo file in bounded memory and makes the stored picture and its thumbnail. The decoder subsamples
 * while reading (every n-th pixel of every n-th row, n = longer side / {@link #MAX_SIDE_PX} rounded up), so the
 * decoded raster is already the stored size: a 4000 × 3000 phone photo is read as 2000 × 1500 (9 MB, not a 36 MB
 * raster scaled down afterwards), a 100-megapixel photo as at most 2560 px. Only turning the picture upright (EXIF
 * orientation) and the box-averaged thumbnail remain, both on the decoded bytes ({@link RgbPixels}). Thread-safe
 * (no shared state).
 */
public final class PictureScaling {
    /** The longer side of a stored picture, in pixels. */
    public static final int MAX_SIDE_PX = 2560;
    /** The longer side of a thumbnail, in pixels. */
    public static final int THUMBNAIL_SIDE_PX = 240;
    /** Pictures with more pixels than this (e.g. a 20,000 × 15,000 scan) are refused: not a phone photo. */
    public static final long MAX_SOURCE_PIXELS = 250_000_000L;
    /** JPEG quality of stored pictures. */
    public static final float QUALITY = 0.85f;

    static {
        // Decoding from a file needs no disk cache; ImageIO's default writes one per stream to java.io.tmpdir.
        ImageIO.setUseCache(false);
    }

    private PictureScaling() {
    }

    /**
     * The stored picture (between half of {@link #MAX_SIDE_PX} and {@link #MAX_SIDE_PX} on its longer side, or the
     * source's size when smaller) and thumbnail of {@code file}, turned upright by EXIF {@code orientation}.
     */
    public static ScaledPicture scale(Path file, int orientation) throws PhotoException {
        BufferedImage upright = RgbPixels.upright(decode(file), orientation);
        BufferedImage thumbnail = RgbPixels.shrunk(upright, THUMBNAIL_SIDE_PX);
        return new ScaledPicture(encode(upright, QUALITY), encode(thumbnail, 0.8f), upright.getWidth(),
                upright.getHeight());
    }

    /**
     * Checks from its header only that {@code file} is a picture ImageIO reads and not too large, before a batch
     * spends time on the others.
     */
    public static void requirePicture(Path file) throws PhotoException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new PhotoException(PhotoProblem.NOT_AN_IMAGE, file, "");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                requireSize(file, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (PhotoException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PhotoException(PhotoProblem.CORRUPT, file, e.getMessage() == null ? "" : e.getMessage());
        }
    }

    private static void requireSize(Path file, long width, long height) throws PhotoException {
        if (width * height > MAX_SOURCE_PIXELS) {
            throw new PhotoException(PhotoProblem.TOO_LARGE, file, width + " × " + height);
        }
    }

    private static BufferedImage decode(Path file) throws PhotoException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            if (input == null) {
                throw new PhotoException(PhotoProblem.UNREADABLE, file, "");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new PhotoException(PhotoProblem.NOT_AN_IMAGE, file, "");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                StringBuilder warnings = new StringBuilder();
                reader.addIIOReadWarningListener((source, warning) -> warnings.append(warning));
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                requireSize(file, width, height);
                int step = subsampling(Math.max(width, height), MAX_SIDE_PX);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                if (reader.getImageTypes(0).next().getBufferedImageType() == BufferedImage.TYPE_3BYTE_BGR) {
                    // A colour JPEG: decoded straight into R, G, B bytes (see RgbPixels)
                    param.setDestination(RgbPixels.blank((int) ((width + step - 1) / step),
                            (int) ((height + step - 1) / step)));
                }
                BufferedImage image = RgbPixels.of(reader.read(0, param));
                if (!warnings.isEmpty()) {
                    // The JDK decoder fills a truncated picture with grey and only warns: that is no evidence.
                    throw new PhotoException(PhotoProblem.CORRUPT, file, warnings.toString());
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (PhotoException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PhotoException(PhotoProblem.CORRUPT, file, e.getMessage() == null ? "" : e.getMessage());
        }
    }

    /** The smallest decoder step (every n-th pixel) that brings {@code longerSide} to at most {@code maxSide}. */
    static int subsampling(long longerSide, int maxSide) {
        return (int) Math.max(1, (longerSide + maxSide - 1) / maxSide);
    }

    /**
     * A stored picture (JPEG, upright) decoded for print or display at most {@code maxSidePx} on its longer side:
     * read with source subsampling first, so a 2560 px picture never becomes a full raster when 1200 px will do.
     *
     * @throws java.io.UncheckedIOException when the stored bytes are no readable picture (a damaged file)
     */
    public static BufferedImage fitted(byte[] jpeg, int maxSidePx) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(jpeg))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("a stored photo is no picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int step = Math.max(1, Math.max(reader.getWidth(0), reader.getHeight(0)) / maxSidePx);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return uprightAndFitted(reader.read(0, param), 1, maxSidePx);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code image} turned upright and scaled to at most {@code maxSide} on its longer side (never enlarged). */
    static BufferedImage uprightAndFitted(BufferedImage image, int orientation, int maxSide) {
        double scale = Math.min(1.0, maxSide / (double) Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        boolean swap = Orientation.swapsSides(orientation);
        if (scale == 1.0 && orientation == 1 && image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform transform = Orientation.upright(orientation, w, h);
            transform.concatenate(AffineTransform.getScaleInstance(w / (double) image.getWidth(),
                    h / (double) image.getHeight()));
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
