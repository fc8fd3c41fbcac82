/** Import and export of Shapefile, GeoJSON, KML, CSV and spreadsheets. */
package rectimap.exchange;
