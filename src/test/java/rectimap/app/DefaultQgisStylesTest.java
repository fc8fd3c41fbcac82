package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.GdalTools;
import rectimap.store.Sqlite3;
import rectimap.ui.LoadedProject;

/**
 * Issue 12 point 9, the remainder: a layer never restyled in Rectimap had no QML in {@code layer_styles}, so QGIS
 * drew it in random colours. Opening a project for editing gives every layer without a style its current (default)
 * style as the QGIS default; a style already there (a QGIS user's) stays as it was.
 */
class DefaultQgisStylesTest {
    @TempDir
    Path dir;

    @Test
    void everyLayerGetsItsStyleForQgisWhenOpenedForEditing() throws Exception {
        Path file = dir.resolve("区级项目.gpkg");
        Files.copy(MainWindowTest.SAMPLE, file);
        GdalTools.ogrinfo(file.toString(), "-sql", "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " f_table_catalog TEXT, f_table_schema TEXT, f_table_name TEXT, f_geometry_column TEXT,"
                + " styleName TEXT, styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT,"
                + " ui TEXT, update_time DATETIME)").requireSuccess();
        Sqlite3.run(file, "INSERT INTO layer_styles (f_table_name, f_geometry_column, styleName, styleQML,"
                + " useAsDefault) VALUES ('road', 'geom', '同事的样式', '<qgis/>', 1);");

        LoadedProject loaded = new EditingProjectLoader(MainWindowTest.SAMPLE).load(file);
        loaded.file().close();

        List<String> tables = Sqlite3.lines(file, "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'"
                + " ORDER BY table_name;");
        List<String> styled = Sqlite3.lines(file, "SELECT DISTINCT f_table_name FROM layer_styles ORDER BY 1;");
        assertThat(tables).contains("village", "township", "responsibility_area");
        assertThat(styled).containsExactlyElementsOf(tables);
        assertThat(Sqlite3.lines(file, "SELECT styleName || '|' || useAsDefault FROM layer_styles"
                + " WHERE f_table_name = 'road';")).containsExactly("同事的样式|1");
        assertThat(Sqlite3.lines(file, "SELECT count(*) FROM layer_styles WHERE f_table_name = 'village'"
                + " AND styleName = 'Rectimap' AND useAsDefault = 1 AND styleQML LIKE '%renderer-v2%';"))
                .containsExactly("1");
    }
}
