package rectimap.exchange.shapefile;

import java.nio.charset.Charset;

/**
 * Choices the user made before reading a Shapefile.
 *
 * @param encoding                  the DBF text encoding to use, or null to detect it
 * @param epsg                      the CRS to read the coordinates in, or 0 to take the .prj (or guess without one)
 * @param projectCentralMeridianDeg the project's Gauss-Krüger central meridian (111 for the district), which a
 *                                  6-digit easting without .prj is assumed to be measured from
 * @param zipMember                 for a .zip holding several Shapefiles, the entry name (or base name) of the .shp
 *                                  to read, e.g. "村界.shp"; null when the zip holds one (or for a plain .shp)
 */
public record ShapefileOptions(Charset encoding, int epsg, int projectCentralMeridianDeg, String zipMember) {
    /** Detect the encoding, take the .prj, assume CM 111E for a guess, the zip's only .shp. */
    public static final ShapefileOptions DETECT = new ShapefileOptions(null, 0, 111, null);

    public ShapefileOptions withEncoding(Charset chosen) {
        return new ShapefileOptions(chosen, epsg, projectCentralMeridianDeg, zipMember);
    }

    public ShapefileOptions withEpsg(int chosen) {
        return new ShapefileOptions(encoding, chosen, projectCentralMeridianDeg, zipMember);
    }

    public ShapefileOptions withZipMember(String member) {
        return new ShapefileOptions(encoding, epsg, projectCentralMeridianDeg, member);
    }
}
