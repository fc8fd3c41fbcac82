/**
 * GeoTIFF and Cloud-Optimized GeoTIFF files as a {@link rectimap.raster.RasterSource}: pixels decoded by
 * TwelveMonkeys imageio-tiff tile by tile, the GeoTIFF georeferencing and GeoKeys read here.
 */
package rectimap.raster.geotiff;
