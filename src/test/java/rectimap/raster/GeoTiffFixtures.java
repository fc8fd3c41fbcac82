package rectimap.raster;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rectimap.store.GdalTools;

/**
 * GeoTIFFs written by GDAL (python3-gdal, {@code make_geotiff.py} beside this class): grey ground, one red pixel at
 * a known place and a blue 4×4 block at the top-left, in any CRS, layout, compression and with overviews.
 */
public final class GeoTiffFixtures {

    private GeoTiffFixtures() {
    }

    /** The recipe of one file: where the red pixel is and how GDAL writes it. */
    public record Recipe(int epsg, double minX, double maxY, double pixel, int width, int height, int redColumn,
                  int redRow, String kind, String driver, List<String> options, List<Integer> overviews,
                  boolean externalOverviews) {

        /** The red pixel's centre in the file's CRS. */
        public double redX() {
            return minX + (redColumn + 0.5) * pixel;
        }

        public double redY() {
            return maxY - (redRow + 0.5) * pixel;
        }
    }

    /** Writes {@code recipe} to {@code out} with GDAL. */
    public static Path write(Path out, Recipe recipe) {
        List<String> args = new ArrayList<>(List.of(script().toString(), out.toString(),
                String.valueOf(recipe.epsg()), String.valueOf(recipe.minX()), String.valueOf(recipe.maxY()),
                String.valueOf(recipe.pixel()), String.valueOf(recipe.width()), String.valueOf(recipe.height()),
                String.valueOf(recipe.redColumn()), String.valueOf(recipe.redRow()), recipe.kind(), recipe.driver()));
        args.addAll(recipe.options());
        if (recipe.externalOverviews()) {
            args.add("--external");
        }
        if (!recipe.overviews().isEmpty()) {
            args.add("--ovr");
            recipe.overviews().forEach(o -> args.add(String.valueOf(o)));
        }
        GdalTools.python(args.toArray(String[]::new)).requireSuccess();
        return out;
    }

    private static Path script() {
        try {
            return Path.of(GeoTiffFixtures.class.getResource("make_geotiff.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
