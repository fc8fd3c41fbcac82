package rectimap.raster.service;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileImages;

/**
 * The stored form of a service's tile for a downloaded package: the service's own bytes for a one-layer service;
 * for a layered one (Tianditu imagery with its annotation) the layers painted together and encoded as PNG, so the
 * annotation stays sharp. Blocking; through the {@link TileFetcher} (polite, disk-cached).
 */
public final class DownloadTiles {
    private final ServiceTiles service;
    private final TileFetcher fetcher;

    public DownloadTiles(ServiceTiles service, TileFetcher fetcher) {
        this.service = service;
        this.fetcher = fetcher;
    }

    /**
     * The tile's bytes, empty when the service has none there. An interrupt (a cancelled download) ends the wait as
     * NO_ANSWER, with the thread's interrupt flag set again.
     */
    public Optional<byte[]> bytes(TileAddress tile) throws RasterException {
        try {
            return fetched(tile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RasterException(RasterProblem.NO_ANSWER, service.title(), "");
        }
    }

    private Optional<byte[]> fetched(TileAddress tile) throws RasterException, InterruptedException {
        byte[] single = null;
        BufferedImage composite = null;
        for (int layer = 0; layer < service.layers().size(); layer++) {
            Optional<byte[]> bytes = fetcher.fetch(service.layers().get(layer).of(tile),
                    service.id() + "|" + layer + "|" + service.set().id() + "|" + tile.key(), service.title());
            if (bytes.isEmpty()) {
                continue;
            }
            if (service.layers().size() == 1) {
                single = bytes.get();
            } else {
                BufferedImage image = TileImages.decode(bytes.get(), service.title(), tile);
                composite = composite == null ? copy(image) : over(composite, image);
            }
        }
        if (single != null) {
            return Optional.of(single);
        }
        return composite == null ? Optional.empty() : Optional.of(png(composite, tile));
    }

    private static BufferedImage copy(BufferedImage image) {
        return over(new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB), image);
    }

    private static BufferedImage over(BufferedImage below, BufferedImage above) {
        var g = below.createGraphics();
        g.drawImage(above, 0, 0, below.getWidth(), below.getHeight(), null);
        g.dispose();
        return below;
    }

    private byte[] png(BufferedImage image, TileAddress tile) throws RasterException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new RasterException(RasterProblem.CORRUPT, service.title(), tile.key(), e);
        }
        return out.toByteArray();
    }
}
