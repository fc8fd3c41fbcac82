package rectimap.raster.service;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import rectimap.raster.tile.TileMatrixSet;

/**
 * What a tiled service is: an id naming it without any key (for caches and downloaded packages, e.g.
 * {@code tianditu:img_c}), its title and attribution, its tile grid and extent, and the addresses of the layers
 * painted into each tile, bottom first.
 */
public record ServiceTiles(String id, String title, String attribution, TileMatrixSet set, Envelope extent,
                           List<TileUrl> layers) {

    public ServiceTiles {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a service needs at least one layer");
        }
        layers = List.copyOf(layers);
    }
}
