package rectimap.raster.tile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import rectimap.raster.RasterException;
import rectimap.raster.RasterPiece;
import rectimap.raster.RasterProblem;

/** Decodes a stored or fetched tile (PNG, JPEG, GIF) into the form the warp draws fastest. */
public final class TileImages {
    private TileImages() {
    }

    /**
     * @param where the file or service, for the message
     * @throws RasterException CORRUPT when the bytes are no image Java decodes
     */
    public static BufferedImage decode(byte[] bytes, String where, TileAddress tile) throws RasterException {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new RasterException(RasterProblem.CORRUPT, where, tile.key(), e);
        }
        if (image == null) {
            throw new RasterException(RasterProblem.CORRUPT, where, tile.key());
        }
        return RasterPiece.drawable(image);
    }
}
