/**
 * Tile pyramids in files, read only: GeoPackage tile tables (as {@code gdal_translate -of GPKG} writes them, also
 * the basemap packages inside a project file) and MBTiles. The one place outside store and exchange that reads
 * SQLite, through its own read-only connections.
 */
package rectimap.raster.pyramid;
