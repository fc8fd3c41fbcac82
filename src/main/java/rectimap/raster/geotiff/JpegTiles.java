package rectimap.raster.geotiff;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;

/**
 * The JPEG-compressed tiles of one TIFF image decoded straight from the file, the way a COG is read: a tile's offset
 * and byte count are read by themselves (never the whole arrays of a 2 GB file), its bytes by one positional read,
 * the image's shared JPEGTables spliced in front of them, and the stream decoded by a pooled JDK JPEG reader and
 * handed out as {@link BufferedImage#TYPE_INT_RGB} (grey files as grey bytes). Only YCbCr colour and grey (black is
 * zero), 8 bits, chunky, tiled: the layouts whose JPEG stream alone says how to colour it; every other layout is left
 * to {@link ImageIoRegions}. Thread-safe.
 */
final class JpegTiles {

    private static final int COMPRESSION_JPEG = 7;
    private static final int PHOTOMETRIC_GREY = 1;
    private static final int PHOTOMETRIC_YCBCR = 6;

    private final TiffChannel file;
    private final TiffTags tags;
    private final byte[] tables;
    private final int tileWidth;
    private final int tileHeight;
    private final long columns;
    private final boolean grey;
    /** The value of every sample of a tile left out of the file (GDAL's SPARSE_OK): the no-data value, else 0. */
    private final int absent;

    private JpegTiles(TiffChannel file, TiffTags tags, byte[] tables, int tileWidth, int tileHeight, long columns,
                      boolean grey, int absent) {
        this.file = file;
        this.tags = tags;
        this.tables = tables;
        this.tileWidth = tileWidth;
        this.tileHeight = tileHeight;
        this.columns = columns;
        this.grey = grey;
        this.absent = absent;
    }

    /** The decoder of the image whose fields are {@code tags}, or empty when its layout is not one decoded here. */
    static Optional<JpegTiles> of(TiffChannel file, TiffTags tags) throws IOException {
        long samples = tags.number(TiffTags.SAMPLES_PER_PIXEL, 1);
        long photometric = tags.number(TiffTags.PHOTOMETRIC, -1);
        boolean colour = photometric == PHOTOMETRIC_YCBCR && samples == 3;
        boolean grey = photometric == PHOTOMETRIC_GREY && samples == 1;
        int tileWidth = (int) tags.number(TiffTags.TILE_WIDTH, 0);
        int tileHeight = (int) tags.number(TiffTags.TILE_LENGTH, 0);
        if (tags.number(TiffTags.COMPRESSION, 1) != COMPRESSION_JPEG || !(colour || grey) || tileWidth <= 0
                || tileHeight <= 0 || tags.number(TiffTags.PLANAR_CONFIGURATION, 1) != 1
                || !tags.has(TiffTags.TILE_OFFSETS) || !tags.has(TiffTags.TILE_BYTE_COUNTS)) {
            return Optional.empty();
        }
        long width = tags.number(TiffTags.IMAGE_WIDTH, 0);
        return Optional.of(new JpegTiles(file, tags, tags.bytes(TiffTags.JPEG_TABLES), tileWidth, tileHeight,
                (width + tileWidth - 1) / tileWidth, grey, Math.max(0, NoData.of(tags).value())));
    }

    /** Whether {@code region} lies within one tile (so {@link #decode} can serve it). */
    boolean serves(Rectangle region) {
        return region.x / tileWidth == (region.x + region.width - 1) / tileWidth
                && region.y / tileHeight == (region.y + region.height - 1) / tileHeight;
    }

    /**
     * Decodes {@code region}, which lies within one tile. A tile left out of the file reads as GDAL reads it: every
     * sample the no-data value (drawn transparent), else 0.
     */
    BufferedImage decode(Rectangle region) throws IOException {
        long column = region.x / tileWidth;
        long row = region.y / tileHeight;
        long index = row * columns + column;
        long offset = tags.element(TiffTags.TILE_OFFSETS, index);
        long count = tags.element(TiffTags.TILE_BYTE_COUNTS, index);
        if (count == 0) {
            return absentTile(region);
        }
        if (count > Integer.MAX_VALUE - tables.length) {
            throw new IOException("tile " + index + " of " + count + " bytes");
        }
        byte[] stream = splice(file.read(offset, (int) count));
        ImageReader reader = JpegReaders.borrow();
        try {
            reader.setInput(new ByteArrayImageInputStream(stream), true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceRegion(new Rectangle((int) (region.x - column * tileWidth),
                    (int) (region.y - row * tileHeight), region.width, region.height));
            BufferedImage decoded = reader.read(0, param);
            return decoded.getType() == BufferedImage.TYPE_3BYTE_BGR ? intRgb(decoded) : decoded;
        } finally {
            JpegReaders.giveBack(reader);
        }
    }

    /**
     * {@code bgr}'s pixels as {@link BufferedImage#TYPE_INT_RGB}, the type the warp reads (the JDK reader decodes
     * colour into BGR bytes only; one pass here is several times cheaper than drawing it onto an int image).
     */
    private static BufferedImage intRgb(BufferedImage bgr) {
        byte[] bytes = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(bgr.getWidth(), bgr.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int i = 0, b = 0; i < pixels.length; i++, b += 3) {
            pixels[i] = (bytes[b + 2] & 0xff) << 16 | (bytes[b + 1] & 0xff) << 8 | (bytes[b] & 0xff);
        }
        return out;
    }

    private BufferedImage absentTile(Rectangle region) {
        BufferedImage image = new BufferedImage(region.width, region.height,
                grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        if (absent != 0) {
            int[] samples = new int[region.width * region.height * image.getRaster().getNumBands()];
            java.util.Arrays.fill(samples, absent);
            image.getRaster().setPixels(0, 0, region.width, region.height, samples);
        }
        return image;
    }

    /** The tables' segments (without their end marker) followed by the tile's (without its start marker). */
    private byte[] splice(ByteBuffer tile) {
        int tileLength = tile.remaining();
        boolean withTables = tables.length > 4 && tileLength > 2;
        byte[] out = new byte[withTables ? tables.length - 2 + tileLength - 2 : tileLength];
        if (withTables) {
            System.arraycopy(tables, 0, out, 0, tables.length - 2);
            tile.position(2).get(out, tables.length - 2, tileLength - 2);
        } else {
            tile.get(out);
        }
        return out;
    }
}
