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
    ROTATED;

    /** The bundle key of this problem's sentence. */
    public String key() {
        return "raster." + name();
    }
}
