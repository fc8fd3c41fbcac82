package rectimap.exchange.shapefile;

import java.util.Locale;
import java.util.Optional;
import rectimap.geo.Epsg;
import rectimap.geo.GaussKrugerZone3;

/**
 * The ESRI WKT a .prj holds for the CRSs we export in, exactly as GDAL writes them (so ArcGIS, QGIS and GDAL read
 * them back to the same EPSG code): CGCS2000 geographic (EPSG:4490) and the CGCS2000 3° Gauss-Krüger codes.
 */
final class PrjText {
    private static final String GEOGCS = "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\","
            + "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]]";

    private PrjText() {
    }

    /** The WKT for {@code epsg}, or empty when we do not write that CRS. */
    static Optional<String> of(int epsg) {
        if (epsg == Epsg.CGCS2000) {
            return Optional.of(GEOGCS);
        }
        return GaussKrugerZone3.ofEpsg(epsg).map(zone -> {
            String name = zone.eastingForm() == GaussKrugerZone3.EastingForm.PLAIN
                    ? "CGCS2000_3_Degree_GK_CM_" + zone.centralMeridianDeg() + "E"
                    : "CGCS2000_3_Degree_GK_Zone_" + zone.zone();
            return String.format(Locale.ROOT, "PROJCS[\"%s\",%s,PROJECTION[\"Gauss_Kruger\"],"
                    + "PARAMETER[\"False_Easting\",%.1f],PARAMETER[\"False_Northing\",0.0],"
                    + "PARAMETER[\"Central_Meridian\",%d.0],PARAMETER[\"Scale_Factor\",1.0],"
                    + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]", name, GEOGCS,
                    zone.falseEastingM(), zone.centralMeridianDeg());
        });
    }
}
