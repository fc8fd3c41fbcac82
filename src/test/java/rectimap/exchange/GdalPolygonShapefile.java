package rectimap.exchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import rectimap.store.GdalTools;

/**
 * A GBK Shapefile of {@code count} square parcels over the district as the survey office sends it, made by GDAL:
 * a CSV with WKT squares and Chinese names is turned by {@code ogr2ogr -lco ENCODING=CP936} into a Shapefile in
 * EPSG:4546 (Gauss-Krüger metres, with .prj and .cpg), so the importer decodes GBK and reprojects to EPSG:4490.
 * Fields: 名称 (text, "解州镇第N地块"), 编号 (integer N), 面积 (real). Test helper; not thread-safe.
 */
public final class GdalPolygonShapefile {
    private static final String[] TOWNS = {"解州镇", "安邑街道", "北相镇", "龙居镇", "泓芝驿镇", "东郭镇"};

    private GdalPolygonShapefile() {
    }

    /** The name record {@code index} (0-based) carries. */
    public static String nameOf(int index) {
        return TOWNS[index % TOWNS.length] + "第" + (index + 1) + "地块";
    }

    /**
     * Writes letters ("x9x") into the 编号 (integer) field of record {@code index} (0-based) of a .dbf this class
     * wrote, as a damaged copy would hold them: the record cannot be read.
     */
    public static void spoilNumber(Path dbf, int index) throws IOException {
        try (FileChannel channel = FileChannel.open(dbf, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(header, 0);
            int headerLength = header.getShort(8) & 0xffff;
            int recordLength = header.getShort(10) & 0xffff;
            ByteBuffer nameField = ByteBuffer.allocate(32);
            channel.read(nameField, 32);
            int nameLength = nameField.get(16) & 0xff;
            long at = headerLength + (long) index * recordLength + 1 + nameLength;
            channel.write(ByteBuffer.wrap("x9x".getBytes(StandardCharsets.US_ASCII)), at);
        }
    }

    /** Writes {@code folder/name.shp} (with .shx, .dbf, .prj, .cpg) holding {@code count} parcels; returns the .shp. */
    public static Path write(Path folder, String name, int count) throws IOException {
        Path csv = folder.resolve(name + "-source.csv");
        int perRow = (int) Math.ceil(Math.sqrt(count));
        double step = 0.30 / perRow;
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("WKT,名称,编号,面积\n");
            for (int i = 0; i < count; i++) {
                double x = 110.75 + (i % perRow) * step;
                double y = 34.85 + (i / perRow) * step;
                double side = step * 0.6;
                out.write(String.format(Locale.ROOT, "\"POLYGON ((%.7f %.7f, %.7f %.7f, %.7f %.7f, %.7f %.7f, %.7f %.7f))\","
                                + "%s,%d,%.2f%n", x, y, x + side, y, x + side, y + side, x, y + side, x, y, nameOf(i),
                        i + 1, 1000 + i * 0.5));
            }
        }
        Path shp = folder.resolve(name + ".shp");
        GdalTools.ogr2ogr("-f", "ESRI Shapefile", "-lco", "ENCODING=CP936", "-s_srs", "EPSG:4490", "-t_srs",
                "EPSG:4546", "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO", "-oo",
                "AUTODETECT_TYPE=YES", "-nln", name, shp.toString(), csv.toString()).requireSuccess();
        Files.delete(csv);
        return shp;
    }
}
