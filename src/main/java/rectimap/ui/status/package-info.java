/** The status bar: cursor position in CGCS2000 lon/lat and EPSG:4546, the scale and a scale bar. */
package rectimap.ui.status;
