package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import rectimap.edit.EditSession;
import rectimap.edit.SetLayerStyleCommand;
import rectimap.edit.UndoHistory;
import rectimap.model.LayerRules;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.style.LabelRule;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

/**
 * QGIS colleagues see Rectimap's map: a layer restyled in Rectimap (classes on a field, translucent fills, widths in
 * mm, labels) is written, in the step's transaction, to QGIS's {@code layer_styles} as the default QML style; QGIS
 * 3.22 (PyQGIS, when installed) loads the layer with that renderer; Rectimap's own tables are no GDAL layers and the
 * file stays valid. The file starts as GDAL writes it (ogr2ogr from GeoJSON).
 */
class QgisLayerStylesTest {
    private static final Rgba TOWNSHIP_FILL = Rgba.hex("#2e7d32").withAlpha(0.6);
    private static final Rgba CONTRACTOR_FILL = Rgba.hex("#1565c0").withAlpha(0.35);
    private static final LayerStyle STYLE;

    static {
        Map<String, Symbolizer> classes = new LinkedHashMap<>();
        classes.put("乡镇干部包村", Symbolizer.area(TOWNSHIP_FILL, Rgba.BLACK, 0.75));
        classes.put("保洁公司服务区", Symbolizer.area(CONTRACTOR_FILL, Rgba.hex("#0d47a1"), 0.5));
        STYLE = new LayerStyle(Symbolizer.area(Rgba.hex("#d9d9d9").withAlpha(0.35), Rgba.hex("#404040"), 0.3),
                "kind", classes, new LabelRule("name", 50_000, 3.0, Rgba.hex("#262626"), Rgba.WHITE, 5));
    }

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void gdalWritesTheFile() throws Exception {
        GdalTools.requireGdal();
        Path geojson = Files.writeString(dir.resolve("zones.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"甲\",\"kind\":\"乡镇干部包村\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[111,35],[111.01,35],[111.01,35.01],[111,35]]]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"乙\",\"kind\":\"保洁公司服务区\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[111.02,35],[111.03,35],[111.03,35.01],[111.02,35]]]}}]}");
        file = dir.resolve("zones.gpkg");
        GdalTools.ogr2ogr("-f", "GPKG", "-nln", "zones", "-nlt", "MULTIPOLYGON", "-a_srs", "EPSG:4490",
                file.toString(), geojson.toString()).requireSuccess();
    }

    @Test
    void aRestyledLayerIsQgisDefaultStyleAndOnlyRealLayersAreListed() throws Exception {
        restyle();

        assertThat(Sqlite3.lines(file, "SELECT f_table_name || '|' || f_geometry_column || '|' || styleName || '|'"
                + " || useAsDefault FROM layer_styles;")).containsExactly("zones|geom|Rectimap|1");
        Document qml = qml();
        Element renderer = (Element) qml.getElementsByTagName("renderer-v2").item(0);
        assertThat(renderer.getAttribute("type")).isEqualTo("categorizedSymbol");
        assertThat(renderer.getAttribute("attr")).isEqualTo("kind");
        Map<String, Map<String, String>> byValue = fillsByCategory(qml);
        assertThat(byValue.get("乡镇干部包村")).containsEntry("color", "46,125,50,153")
                .containsEntry("outline_color", "0,0,0,255").containsEntry("outline_width", "0.75")
                .containsEntry("outline_width_unit", "MM").containsEntry("style", "solid");
        assertThat(byValue.get("保洁公司服务区")).containsEntry("color", "21,101,192,89")
                .containsEntry("outline_width", "0.5");
        Element text = (Element) qml.getElementsByTagName("text-style").item(0);
        assertThat(text.getAttribute("fieldName")).isEqualTo("name");
        assertThat(text.getAttribute("fontSize")).isEqualTo("3");
        assertThat(text.getAttribute("fontSizeUnit")).isEqualTo("MM");

        assertThat(GdalTools.featureCounts(file)).containsOnlyKeys("zones", "layer_styles");
        GdalTools.validateGpkg(file).requireSuccess();
        qgisLoadsTheStyle();
    }

    @Test
    void openingAnOlderProjectForEditingUnregistersItsChangeLogInOneGo() throws Exception {
        restyle();
        Sqlite3.run(file, "ALTER TABLE gpkgext_rectimap_change_log RENAME TO rectimap_change_log;");
        Sqlite3.run(file, "INSERT INTO gpkg_contents (table_name, data_type, identifier)"
                + " VALUES ('rectimap_change_log', 'attributes', '修改记录 (Rectimap)');");
        assertThat(GdalTools.featureCounts(file)).containsKey("rectimap_change_log");

        GeoPackageJournal.open(file).close();

        assertThat(GdalTools.featureCounts(file)).containsOnlyKeys("zones", "layer_styles");
        GdalTools.validateGpkg(file).requireSuccess();
    }

    private void restyle() {
        List<MapLayer> layers;
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            layers = List.of(new MapLayer(store.load("zones"), STYLE.withLabel(null), true, 1.0));
        }
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            EditSession session = new EditSession(new Project(file, layers), new UndoHistory(), journal,
                    LayerRules.NONE);
            try {
                session.run(new SetLayerStyleCommand("zones", STYLE));
            } catch (rectimap.edit.CommandRefused refused) {
                throw new AssertionError(refused.textZh(), refused);
            }
        }
    }

    private Document qml() throws Exception {
        String text = Sqlite3.run(file, ".mode list\nSELECT styleQML FROM layer_styles WHERE f_table_name = 'zones';");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // QML names QGIS's DTD by a relative SYSTEM id that QGIS never fetches either.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.strip().getBytes(StandardCharsets.UTF_8)));
    }

    /** For each category value, the options of its symbol's SimpleFill layer. */
    private static Map<String, Map<String, String>> fillsByCategory(Document qml) {
        Map<String, Element> symbols = new LinkedHashMap<>();
        Element symbolsElement = (Element) qml.getElementsByTagName("symbols").item(0);
        NodeList symbolList = symbolsElement.getElementsByTagName("symbol");
        for (int i = 0; i < symbolList.getLength(); i++) {
            Element symbol = (Element) symbolList.item(i);
            symbols.put(symbol.getAttribute("name"), symbol);
        }
        Map<String, Map<String, String>> byValue = new LinkedHashMap<>();
        NodeList categories = qml.getElementsByTagName("category");
        for (int i = 0; i < categories.getLength(); i++) {
            Element category = (Element) categories.item(i);
            Map<String, String> options = new LinkedHashMap<>();
            NodeList option = symbols.get(category.getAttribute("symbol")).getElementsByTagName("Option");
            for (int j = 0; j < option.getLength(); j++) {
                Element o = (Element) option.item(j);
                if (!o.getAttribute("name").isEmpty()) {
                    options.put(o.getAttribute("name"), o.getAttribute("value"));
                }
            }
            byValue.put(category.getAttribute("value"), options);
        }
        return byValue;
    }

    /** PyQGIS (Debian's python3-qgis, QGIS 3.22) loads the layer offscreen and reports what it applied. */
    private void qgisLoadsTheStyle() throws Exception {
        Optional<String> loaded = PyQgis.run(file, dir, "load.py",
                "layer = QgsVectorLayer(sys.argv[1] + '|layername=zones', 'zones', 'ogr')",
                "renderer = layer.renderer()",
                "print('TYPE', renderer.type())",
                "print('ATTR', renderer.classAttribute())",
                "for c in renderer.categories():",
                "    s = c.symbol().symbolLayer(0)",
                "    print('CAT', c.value(), s.fillColor().name(), s.fillColor().alpha(), s.strokeWidth(),"
                        + " s.strokeWidthUnit())",
                "print('LABEL', layer.labelsEnabled(), layer.labeling().settings().fieldName if layer.labeling() else '')");
        if (loaded.isEmpty()) {
            return;
        }
        String output = loaded.get();
        List<String> lines = new ArrayList<>(output.lines().filter(l -> l.matches("^(TYPE|ATTR|CAT|LABEL) .*")).toList());
        assertThat(lines).contains("TYPE categorizedSymbol", "ATTR kind", "CAT 乡镇干部包村 #2e7d32 153 0.75 0",
                "CAT 保洁公司服务区 #1565c0 89 0.5 0", "LABEL True name");
    }
}
