/** Coordinate reference systems (CGCS2000, Gauss-Krüger), ellipsoidal measurement and geometry helpers. */
package rectimap.geo;
