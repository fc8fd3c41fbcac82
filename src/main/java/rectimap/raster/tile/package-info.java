/**
 * Tile pyramids as numbers: tile matrices and matrix sets (Web Mercator, the Tianditu CGCS2000 lon/lat set, those
 * of WMTS capabilities and GeoPackage tile tables), the choice of a level for a resolution and the tiles covering an
 * envelope. No I/O.
 */
package rectimap.raster.tile;
