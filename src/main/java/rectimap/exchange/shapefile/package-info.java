/**
 * ESRI Shapefile reading and writing (.shp/.shx/.dbf/.prj/.cpg, also inside a .zip), written from the format
 * specification (ESRI White Paper, July 1998, and the dBase III table format): streamed record by record, the DBF
 * text encoding detected (code page file, language-driver byte, content), the .prj mapped to an EPSG code.
 */
package rectimap.exchange.shapefile;
