package rectimap.store;

import java.nio.file.Path;
import java.util.List;

/**
 * The sublayers QGIS 3.22 (PyQGIS from Debian's python3-qgis, offscreen) offers when a GeoPackage is opened: the
 * layer list a user sees. Empty when PyQGIS is not installed here and not under CI (under CI it must run).
 */
public final class QgisSublayers {
    private QgisSublayers() {
    }

    /** The names QGIS lists for {@code file}; the script goes to {@code scratch}. */
    public static List<String> of(Path file, Path scratch) throws Exception {
        return PyQgis.run(file, scratch, "sublayers.py",
                "for d in QgsProviderRegistry.instance().querySublayers(sys.argv[1]):",
                "    print('SUB', d.name())")
                .map(output -> output.lines().filter(l -> l.startsWith("SUB ")).map(l -> l.substring(4)).toList())
                .orElse(List.of());
    }

    /** The layers GDAL lists for {@code file} when asked for every table, as QGIS asks. */
    public static List<String> gdalAllTables(Path file) {
        return GdalTools.ogrinfo("-q", "-oo", "LIST_ALL_TABLES=YES", file.toString()).output().lines()
                .filter(line -> line.matches("^\\d+: .*")).map(line -> line.replaceFirst("^\\d+: (\\S+).*$", "$1"))
                .toList();
    }
}
