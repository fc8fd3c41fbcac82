package rectimap.store;

import java.util.List;
import java.util.Optional;
import rectimap.geo.GaussKrugerZone3;
import rectimap.geo.GaussKrugerZone3.EastingForm;

/**
 * A row of {@code gpkg_spatial_ref_sys}. The WKT definitions are the EPSG ones as GDAL/PROJ print them in WKT 1
 * ({@code gdalsrsinfo -o wkt1 EPSG:n}), so QGIS and GDAL recognise the CRS; a GDAL interop test compares them.
 *
 * @param srsId        the GeoPackage srs_id (equal to the EPSG code for EPSG systems)
 * @param name         a human readable name
 * @param organization {@code EPSG} or {@code NONE}
 * @param organizationCoordsysId the code within the organization
 * @param definitionWkt the WKT 1 definition, or {@code undefined} for the two undefined systems
 * @param description  a free description, may be empty
 */
record SpatialRefSys(int srsId, String name, String organization, int organizationCoordsysId,
                     String definitionWkt, String description) {

    private static final String CGCS2000_GEOGCS = "GEOGCS[\"China Geodetic Coordinate System 2000\","
            + "DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],"
            + "AUTHORITY[\"EPSG\",\"1043\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]]";

    /** The three rows the GeoPackage specification requires in every file. */
    static List<SpatialRefSys> required() {
        return List.of(
                new SpatialRefSys(-1, "Undefined Cartesian SRS", "NONE", -1, "undefined",
                        "undefined Cartesian coordinate reference system"),
                new SpatialRefSys(0, "Undefined geographic SRS", "NONE", 0, "undefined",
                        "undefined geographic coordinate reference system"),
                new SpatialRefSys(4326, "WGS 84 geodetic", "EPSG", 4326, "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
                        + "SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
                        + "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
                        + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
                        + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]",
                        "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"));
    }

    /** The definition of an EPSG code Rectimap knows (4326, 4490, 4513–4554), if it does. */
    private static final String WEB_MERCATOR_WKT = "PROJCS[\"WGS 84 / Pseudo-Mercator\",GEOGCS[\"WGS 84\","
            + "DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
            + "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]],"
            + "PROJECTION[\"Mercator_1SP\"],PARAMETER[\"central_meridian\",0],PARAMETER[\"scale_factor\",1],"
            + "PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1,"
            + "AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],"
            + "EXTENSION[\"PROJ4\",\"+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1"
            + " +units=m +nadgrids=@null +wktext +no_defs\"],AUTHORITY[\"EPSG\",\"3857\"]]";

    static Optional<SpatialRefSys> ofEpsg(int epsg) {
        if (epsg == 4326) {
            return Optional.of(required().get(2));
        }
        if (epsg == 4490) {
            return Optional.of(new SpatialRefSys(4490, "China Geodetic Coordinate System 2000", "EPSG", 4490,
                    CGCS2000_GEOGCS + ",AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4490\"]]",
                    "CGCS2000 longitude/latitude in degrees"));
        }
        if (epsg == 3857) {
            // Web Mercator, the grid of downloaded basemap packages in the Tianditu "w" set or an XYZ service.
            return Optional.of(new SpatialRefSys(3857, "WGS 84 / Pseudo-Mercator", "EPSG", 3857, WEB_MERCATOR_WKT,
                    "Web Mercator, for basemap tile packages"));
        }
        return GaussKrugerZone3.ofEpsg(epsg).map(SpatialRefSys::gaussKruger);
    }

    private static SpatialRefSys gaussKruger(GaussKrugerZone3 zone) {
        String name = zone.eastingForm() == EastingForm.ZONE_PREFIXED
                ? "CGCS2000 / 3-degree Gauss-Kruger zone " + zone.zone()
                : "CGCS2000 / 3-degree Gauss-Kruger CM " + zone.centralMeridianDeg() + "E";
        String wkt = "PROJCS[\"" + name + "\"," + CGCS2000_GEOGCS + ",AUTHORITY[\"EPSG\",\"4490\"]],"
                + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
                + "PARAMETER[\"central_meridian\"," + zone.centralMeridianDeg() + "],PARAMETER[\"scale_factor\",1],"
                + "PARAMETER[\"false_easting\"," + (long) zone.falseEastingM() + "],PARAMETER[\"false_northing\",0],"
                + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Northing\",NORTH],AXIS[\"Easting\",EAST],"
                + "AUTHORITY[\"EPSG\",\"" + zone.epsg() + "\"]]";
        return new SpatialRefSys(zone.epsg(), name, "EPSG", zone.epsg(), wkt, "easting/northing in metres");
    }
}
