package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * {@code identify} as a user runs it on the sample: at 雷家坡村委会's own coordinate (read from the sample file) it
 * lists the village, its township and the responsibility area under their layer titles, with labels, never column
 * names, in Chinese and in English.
 */
class IdentifyCommandTest {
    private static final Path SAMPLE = Path.of("maps", "yanhu-sample.gpkg");
    private static final String LEIJIAPO = "140802101207";

    @Test
    void listsEveryLayerUnderLeijiapoWithChineseLabels() {
        Feature village = village(LEIJIAPO);
        CliConsole console = new CliConsole();

        int code = console.run("identify", "--at", at(village));

        assertThat(code).isZero();
        String out = console.out();
        List<String> lines = out.lines().toList();
        // Layer titles stand at the start of a line, features indented under them, fields indented further.
        assertThat(lines).contains("村(社区)(示意)", "乡镇街道(示意)", "责任区", "  雷家坡村委会",
                "  " + village.text("township"), "    区划代码：" + LEIJIAPO, "    名称：雷家坡村委会");
        assertThat(lines.indexOf("责任区")).isLessThan(lines.indexOf("村(社区)(示意)"));
        assertThat(lines.indexOf("村(社区)(示意)")).isLessThan(lines.indexOf("乡镇街道(示意)"));
        String area = section(lines, "责任区");
        assertThat(area).contains("责任类型：", "责任人：", "责任单位：", "乡镇（街道）：" + village.text("township"));
        assertThat(area).doesNotContain("person", "unit：", "area_m2", "area_mu");
        // The area is given once, in m²/km², 亩 and 公顷 together.
        assertThat(area.lines().filter(l -> l.contains("亩"))).hasSize(1);
        assertThat(area).containsPattern("    面积：[\\d,.]+ (m²|km²) · [\\d,.]+ 亩 · [\\d,.]+ 公顷");
    }

    @Test
    void speaksEnglishWithLangEnButKeepsPlaceNames() {
        Feature village = village(LEIJIAPO);
        CliConsole console = new CliConsole();

        int code = console.run("identify", "--at", at(village), "--lang", "en");

        assertThat(code).isZero();
        List<String> lines = console.out().lines().toList();
        assertThat(lines).contains("Villages and communities (schematic)", "Townships and subdistricts (schematic)",
                "Responsibility areas", "  雷家坡村委会", "    Division code: " + LEIJIAPO, "    Name: 雷家坡村委会");
        String area = section(lines, "Responsibility areas");
        assertThat(area).contains("Responsible person: ", "Township: " + village.text("township"));
        assertThat(area).containsPattern("    Area: [\\d,.]+ (m²|km²) · [\\d,.]+ mu · [\\d,.]+ ha");
        assertThat(lines).doesNotContain("责任区", "乡镇街道(示意)", "村(社区)(示意)");
        assertThat(lines).noneMatch(l -> l.startsWith("    区划代码") || l.startsWith("    责任人"));
    }

    @Test
    void aPointOutsideEveryLayerSaysSo() {
        CliConsole console = new CliConsole();
        assertThat(console.run("identify", "--at", "100.0,20.0")).isZero();
        assertThat(console.out()).contains("没有可见要素");
    }

    @Test
    void badCoordinatesAreRefusedWithASentence() {
        CliConsole zh = new CliConsole();
        assertThat(zh.run("identify", "--at", "35.01")).isEqualTo(2);
        assertThat(zh.err()).contains("--at 应为", "35.01").doesNotContain("Exception");
        CliConsole en = new CliConsole();
        assertThat(en.run("identify", "--at", "35.0,110.9", "--lang", "en")).isEqualTo(2);
        assertThat(en.err()).contains("is not a longitude from -180 to 180 and a latitude from -90 to 90");
    }

    private static String at(Feature village) {
        return String.format(Locale.ROOT, "%.9f,%.9f", village.geometry().getCoordinate().x,
                village.geometry().getCoordinate().y);
    }

    /** The lines of one layer's group: from its title to the next unindented line. */
    private static String section(List<String> lines, String title) {
        StringBuilder text = new StringBuilder();
        for (int i = lines.indexOf(title) + 1; i < lines.size() && lines.get(i).startsWith(" "); i++) {
            text.append(lines.get(i)).append('\n');
        }
        return text.toString();
    }

    private static Feature village(String code) {
        try (GeoPackageStore store = GeoPackageStore.open(SAMPLE, AccessMode.READ_ONLY)) {
            Layer villages = store.load("village");
            return villages.features().stream().filter(f -> f.text("code").equals(code)).findFirst().orElseThrow();
        }
    }
}
