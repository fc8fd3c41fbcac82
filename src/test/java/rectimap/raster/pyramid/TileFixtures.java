package rectimap.raster.pyramid;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.locationtech.jts.geom.Coordinate;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.raster.RasterRequest;
import rectimap.store.GdalTools;

/**
 * Raster inputs made by the real GDAL for tile tests: a 512 × 512 RGB GeoTIFF in Web Mercator near the district
 * seat (10 m pixels) with a magenta 16 × 16 marker (source columns 200–215, rows 120–135), and the GeoPackage tile
 * table and MBTiles file {@code gdal_translate} and {@code gdaladdo} make of it.
 */
public final class TileFixtures {
    public static final double MIN_X = 12_356_000;
    public static final double MAX_Y = 4_163_000;
    public static final double PIXEL_M = 10;
    public static final int SIDE_PX = 512;

    private TileFixtures() {
    }

    /** The marker's centre in EPSG:3857. */
    public static Coordinate markerCentre() {
        return new Coordinate(MIN_X + 208 * PIXEL_M, MAX_Y - 128 * PIXEL_M);
    }

    /**
     * A request of {@code sizePx}² display pixels of {@code metresPerPixel} (EPSG:4546) centred near the marker, with
     * the centre shifted by a fraction of a pixel so the marker does not sit on pixel edges.
     */
    public static RasterRequest requestAroundMarker(double metresPerPixel, int sizePx,
                                                    RasterRequest.Completeness completeness) {
        Coordinate centre = markerInDisplay();
        return new RasterRequest(Epsg.CGCS2000_GK_CM_111E, centre.x - sizePx / 2.0 * metresPerPixel + 0.37 * metresPerPixel,
                centre.y + sizePx / 2.0 * metresPerPixel - 0.21 * metresPerPixel, metresPerPixel, sizePx, sizePx,
                completeness);
    }

    /** The marker's centre in the display CRS (EPSG:4546). */
    public static Coordinate markerInDisplay() {
        Coordinate m = markerCentre();
        return CrsTransform.between(3857, Epsg.CGCS2000_GK_CM_111E).apply(m.x, m.y);
    }

    /** Where the marker's centre must land on {@code request}'s grid, in pixels (x right, y down). */
    public static double[] expectedMarkerPx(RasterRequest request) {
        Coordinate at = markerInDisplay();
        return new double[] {(at.x - request.minX()) / request.unitsPerPixel(),
                (request.maxY() - at.y) / request.unitsPerPixel()};
    }

    /** The centroid of the magenta pixels of {@code image} (pixel centres at +0.5), or null when there are none. */
    public static double[] magentaCentroid(BufferedImage image) {
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) > 200 && ((argb >> 16) & 255) > 200 && ((argb >> 8) & 255) < 60
                        && (argb & 255) > 200) {
                    sumX += x + 0.5;
                    sumY += y + 0.5;
                    count++;
                }
            }
        }
        return count == 0 ? null : new double[] {sumX / count, sumY / count};
    }

    /** The GeoTIFF (EPSG:3857) in {@code folder}. */
    public static Path geoTiff(Path folder) throws IOException {
        Path script = folder.resolve("make_tile_ortho.py");
        try (InputStream in = TileFixtures.class.getResourceAsStream("/rectimap/raster/make_tile_ortho.py")) {
            Files.copy(in, script);
        }
        Path tif = folder.resolve("ortho.tif");
        GdalTools.python(script.toString(), tif.toString(), "3857", Double.toString(MIN_X), Double.toString(MAX_Y),
                Double.toString(PIXEL_M), Integer.toString(SIDE_PX)).requireSuccess();
        return tif;
    }

    /** {@code gdal_translate -of GPKG} (GDAL's own grid on the image, PNG tiles) plus overviews 2, 4, 8. */
    public static Path geoPackageTiles(Path tif, Path folder) {
        Path gpkg = folder.resolve("ortho_tiles.gpkg");
        GdalTools.gdal("gdal_translate", "-q", "-of", "GPKG", "-co", "TILE_FORMAT=PNG", "-co",
                "RASTER_TABLE=ortho", tif.toString(), gpkg.toString()).requireSuccess();
        GdalTools.gdal("gdaladdo", "-q", gpkg.toString(), "2", "4", "8").requireSuccess();
        return gpkg;
    }

    /** {@code gdal_translate -of MBTILES} (Web Mercator XYZ levels, PNG) plus overviews. */
    public static Path mbTiles(Path tif, Path folder) {
        Path mbtiles = folder.resolve("ortho.mbtiles");
        GdalTools.gdal("gdal_translate", "-q", "-of", "MBTILES", tif.toString(), mbtiles.toString())
                .requireSuccess();
        GdalTools.gdal("gdaladdo", "-q", mbtiles.toString(), "2", "4").requireSuccess();
        return mbtiles;
    }
}
