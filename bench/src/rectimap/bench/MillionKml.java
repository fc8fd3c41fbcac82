package rectimap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The KML input of {@link ImportMemoryBench}: 1,000,000 placemarks laid out as GDAL's KML driver writes them
 * (Schema + SchemaData/SimpleData), small square parcels in a 1000 × 1000 grid around the district, each with a
 * Chinese name, an integer number and a real area (~480 bytes each).
 */
final class MillionKml {
    private static final int GRID = 1000;
    private static final double CELL_DEG = 0.0004;
    private static final double SIDE_DEG = 0.0003;

    private MillionKml() {
    }

    /** Writes {@code count} placemarks to {@code file}. */
    static void write(Path file, int count) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n"
                    + "<Document id=\"root_doc\">\n<Schema name=\"百万地块\" id=\"百万地块\">\n"
                    + "\t<SimpleField name=\"编号\" type=\"int\"></SimpleField>\n"
                    + "\t<SimpleField name=\"面积\" type=\"float\"></SimpleField>\n</Schema>\n"
                    + "<Folder><name>百万地块</name>\n");
            for (int i = 0; i < count; i++) {
                double x = 110.8 + (i % GRID) * CELL_DEG;
                double y = 34.9 + (i / GRID) * CELL_DEG;
                out.write("  <Placemark>\n\t<name>解州镇第" + i + "号地块</name>\n\t<ExtendedData><SchemaData "
                        + "schemaUrl=\"#百万地块\">\n\t\t<SimpleData name=\"编号\">" + i + "</SimpleData>\n"
                        + "\t\t<SimpleData name=\"面积\">" + (900.5 + i % 97) + "</SimpleData>\n"
                        + "\t</SchemaData></ExtendedData>\n      <Polygon><outerBoundaryIs><LinearRing><coordinates>"
                        + position(x, y) + " " + position(x + SIDE_DEG, y) + " " + position(x + SIDE_DEG, y + SIDE_DEG)
                        + " " + position(x, y + SIDE_DEG) + " " + position(x, y)
                        + "</coordinates></LinearRing></outerBoundaryIs></Polygon>\n  </Placemark>\n");
            }
            out.write("</Folder>\n</Document></kml>\n");
        }
    }

    private static String position(double x, double y) {
        return String.format("%.7f,%.7f", x, y);
    }
}
