package rectimap.raster.geotiff;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One TIFF file (classic or BigTIFF) opened for reading regions of its images. Its image file directories are
 * walked by our own code at open ({@link TiffTags}: entries only, values when asked). A region within one JPEG tile of
 * a YCbCr or grey image — every tile a COG orthophoto is drawn from — is decoded by {@link JpegTiles}; anything else
 * by ImageIO's TIFF readers ({@link ImageIoRegions}), made only when first needed. Thread-safe; {@link #close()} closes
 * the file.
 */
final class TiffFile implements AutoCloseable {

    /** More images than this in one file is a loop of directories or damage, not overviews. */
    private static final int MAX_IMAGES = 1024;

    private final TiffChannel channel;
    private final List<TiffTags> images;
    private final List<Optional<JpegTiles>> jpeg;
    private final ImageIoRegions others;

    /** Opens {@code path} and walks its image file directories. */
    TiffFile(Path path) throws IOException {
        this.channel = TiffChannel.open(path);
        try {
            this.images = walk(channel);
            List<Optional<JpegTiles>> decoders = new ArrayList<>();
            for (TiffTags tags : images) {
                decoders.add(JpegTiles.of(channel, tags));
            }
            this.jpeg = List.copyOf(decoders);
            if (decoders.stream().anyMatch(Optional::isPresent)) {
                JpegReaders.prepare();
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        this.others = new ImageIoRegions(path, channel.big());
    }

    private static List<TiffTags> walk(TiffChannel channel) throws IOException {
        List<TiffTags> images = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (long at = channel.firstDirectory(); at != 0; ) {
            if (!seen.add(at) || images.size() >= MAX_IMAGES) {
                throw new IOException("image file directories loop at " + at);
            }
            TiffTags tags = TiffTags.read(channel, at);
            images.add(tags);
            at = tags.next();
        }
        if (images.isEmpty()) {
            throw new IOException("no image file directory");
        }
        return List.copyOf(images);
    }

    /** How many image file directories the file has. */
    int imageCount() {
        return images.size();
    }

    /** The TIFF fields of image {@code index}. */
    TiffTags tags(int index) {
        return images.get(index);
    }

    /** Size and tile size of image {@code index}: width, height, tile width, tile height (0 when striped). */
    int[] layout(int index) throws IOException {
        TiffTags tags = images.get(index);
        int width = (int) tags.number(TiffTags.IMAGE_WIDTH, 0);
        int height = (int) tags.number(TiffTags.IMAGE_LENGTH, 0);
        if (width <= 0 || height <= 0) {
            throw new IOException("image " + index + " of " + width + " x " + height + " pixels");
        }
        return new int[] {width, height, (int) tags.number(TiffTags.TILE_WIDTH, 0),
                (int) tags.number(TiffTags.TILE_LENGTH, 0)};
    }

    /**
     * Decodes {@code region} of image {@code index} (as the file stores it: the colour model may be indexed);
     * {@code compression} is the image's TIFF compression code.
     */
    BufferedImage read(int index, Rectangle region, int compression) throws IOException {
        Optional<JpegTiles> tiles = jpeg.get(index);
        if (tiles.isPresent() && tiles.get().serves(region)) {
            return tiles.get().decode(region);
        }
        return others.read(index, region, compression, layout(index)[0]);
    }

    @Override
    public void close() {
        others.close();
        channel.close();
    }
}
