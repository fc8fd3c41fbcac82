package rectimap.exchange.shapefile;

import java.nio.charset.Charset;

/**
 * Choices the user made before reading a Shapefile.
 *
 * @param encoding                  the DBF text encoding to use, or null to detect it
 * @param epsg                      the CRS to read the coordinates in, or 0 to take the .prj (or guess without one)
 * @param projectCentralMeridianDeg the project's Gauss-Krüger central meridian (111 for the district), which a
 *                                  6-digit easting without .prj is assumed to be measured from
 */
public record ShapefileOptions(Charset encoding, int epsg, int projectCentralMeridianDeg) {
    /** Detect the encoding, take the .prj, assume CM 111E for a guess. */
    public static final ShapefileOptions DETECT = new ShapefileOptions(null, 0, 111);

    public ShapefileOptions withEncoding(Charset chosen) {
        return new ShapefileOptions(chosen, epsg, projectCentralMeridianDeg);
    }

    public ShapefileOptions withEpsg(int chosen) {
        return new ShapefileOptions(encoding, chosen, projectCentralMeridianDeg);
    }
}
