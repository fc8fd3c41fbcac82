package rectimap.exchange.shapefile;

import java.nio.file.Path;

/** The GDAL-made Shapefile fixtures for tests outside this package (GBK with .cpg and .prj). */
public final class ShapefileFixtureAccess {
    private ShapefileFixtureAccess() {
    }

    /** A GBK Shapefile named {@code name} in {@code folder}, in EPSG {@code epsg}, written by ogr2ogr. */
    public static Path make(Path folder, String name, int epsg) {
        return GdalShapefiles.make(folder, name, "CP936", epsg, true, true);
    }

    /** How many records the fixtures hold (one of them without geometry). */
    public static int expectedCount() {
        return GdalShapefiles.NAMES.length;
    }
}
