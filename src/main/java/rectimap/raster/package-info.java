/**
 * Raster ground under the map: the {@link rectimap.raster.RasterSource} contract every raster source implements
 * (GeoTIFF/COG files, tile pyramids, online services), the bounded {@link rectimap.raster.TileCache} of decoded tiles
 * and the warp of georeferenced pieces into the display CRS ({@link rectimap.raster.RasterWarp}). No JavaFX, no
 * renderer: {@code render} draws the warped {@link rectimap.raster.RasterFrame}s through its surfaces.
 */
package rectimap.raster;
