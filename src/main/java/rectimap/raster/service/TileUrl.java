package rectimap.raster.service;

import rectimap.raster.tile.TileAddress;

/** The address of one tile of a service (WMTS KVP or REST, XYZ template). Pure: builds text, fetches nothing. */
@FunctionalInterface
public interface TileUrl {
    String of(TileAddress tile);
}
