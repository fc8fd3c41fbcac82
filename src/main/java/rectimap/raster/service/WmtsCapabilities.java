package rectimap.raster.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import rectimap.raster.tile.TileMatrixSet;

/**
 * What a WMTS GetCapabilities document offers: its layers, its tile matrix sets by identifier and, when it says
 * so, the address for key-value GetTile requests.
 */
public record WmtsCapabilities(String title, List<WmtsLayer> layers, Map<String, TileMatrixSet> matrixSets,
                               Optional<String> getTileKvpUrl) {

    public Optional<WmtsLayer> layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
