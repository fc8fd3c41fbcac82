/**
 * Photos as evidence on the map: EXIF facts (GPS, time, direction, orientation), bounded-memory decoding and
 * resizing, placing a photo on the feature it was taken at, and the {@link rectimap.media.PhotoArchive} port the
 * project file (the GeoPackage Related Tables Extension, in {@code store}) implements. No JavaFX, no JDBC.
 */
package rectimap.media;
