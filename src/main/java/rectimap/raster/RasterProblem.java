package rectimap.raster;

/**
 * Why a raster source could not be opened or read. Each value has a sentence in the bundle
 * {@code rectimap/raster/raster*.properties} under {@code raster.<NAME>} with {@code {0}} = where (file or address)
 * and {@code {1}} = a detail; sources add values here (with both sentences) rather than reusing a vague one.
 */
public enum RasterProblem {
    /** The location names no file, or a file that is not there. */
    FILE_MISSING,
    /** The file exists but cannot be read (permissions, a disk or share error). */
    FILE_UNREADABLE,
    /** The file is not a raster Rectimap reads (not a TIFF, an unknown extension, a location form not known). */
    NOT_A_RASTER,
    /** The file is cut short or damaged (the detail is for logs; the sentence does not show it). */
    CORRUPT,
    /** A TIFF whose pixel layout is not drawn (e.g. 16-bit, floating point, more than four bands). */
    UNSUPPORTED_LAYOUT,
    /** No georeferencing: no GeoTIFF tags and no world file. */
    NO_GEOREFERENCE,
    /** A coordinate system Rectimap does not know, or none declared. */
    UNKNOWN_CRS,
    /** Georeferenced with a rotation or shear, which is not drawn. */
    ROTATED,
    /** A GeoPackage with several tile tables and none named ({@code file.gpkg!table}); the detail lists them. */
    TILE_TABLE_CHOICE,
    /** A map service gave no answer (refused, reset, timed out). */
    NO_ANSWER,
    /** A map service answered with an HTTP error; the detail is the status. */
    SERVER_ERROR,
    /** A map service refused the request (401/403: the key is missing, wrong or over its quota). */
    ACCESS_DENIED,
    /** A map service answered with HTML, an XML error or bytes that are no image. */
    NOT_AN_IMAGE,
    /** A service's capabilities document could not be read as WMTS or WMS. */
    BAD_CAPABILITIES,
    /** The layer or tile matrix set asked for is not offered by the service. */
    NO_SUCH_LAYER,
    /** A GCJ-02 or BD-09 web map (Gaode/AMap, Tencent, Baidu), refused because it would be drawn offset. */
    OFFSET_COORDINATES,
    /** A Tianditu preset without the user's key (tk). */
    KEY_MISSING;

    /** The bundle key of this problem's sentence. */
    public String key() {
        return "raster." + name();
    }
}
