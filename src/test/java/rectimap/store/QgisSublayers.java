package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sublayers QGIS 3.22 (PyQGIS from Debian's python3-qgis, offscreen) offers when a GeoPackage is opened: the
 * layer list a user sees. Empty when PyQGIS is not installed here and not under CI (under CI it must run).
 */
public final class QgisSublayers {
    private QgisSublayers() {
    }

    /** The names QGIS lists for {@code file}; the script goes to {@code scratch}. */
    public static List<String> of(Path file, Path scratch) throws Exception {
        boolean installed = Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/qgis"));
        if (!installed && System.getenv("CI") == null) {
            return List.of();
        }
        Path script = Files.writeString(scratch.resolve("sublayers.py"), String.join("\n",
                "import sys",
                "from qgis.core import QgsApplication, QgsProviderRegistry",
                "app = QgsApplication([], False)",
                "app.initQgis()",
                "for d in QgsProviderRegistry.instance().querySublayers(sys.argv[1]):",
                "    print('SUB', d.name())",
                ""));
        ProcessBuilder builder = new ProcessBuilder(GdalTools.SYSTEM_PYTHON, script.toString(), file.toString())
                .redirectErrorStream(true);
        builder.environment().put("QT_QPA_PLATFORM", "offscreen");
        Process python = builder.start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();
        return output.lines().filter(l -> l.startsWith("SUB ")).map(l -> l.substring(4)).toList();
    }

    /** The layers GDAL lists for {@code file} when asked for every table, as QGIS asks. */
    public static List<String> gdalAllTables(Path file) {
        return GdalTools.ogrinfo("-q", "-oo", "LIST_ALL_TABLES=YES", file.toString()).output().lines()
                .filter(line -> line.matches("^\\d+: .*")).map(line -> line.replaceFirst("^\\d+: (\\S+).*$", "$1"))
                .toList();
    }
}
