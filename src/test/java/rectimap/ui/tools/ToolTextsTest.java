package rectimap.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import rectimap.tool.MeasureText;
import rectimap.tool.ToolText;
import rectimap.tool.TypedCrs;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/** The editing tools speak the interface language: every key they use is in both bundles, and nests resolve. */
class ToolTextsTest {
    private static final ToolTexts ZH = new ToolTexts(new Messages(UiLanguage.ZH));
    private static final ToolTexts EN = new ToolTexts(new Messages(UiLanguage.EN));

    @Test
    void everyKeyTheToolPackageUsesIsInBothBundles() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern key = Pattern.compile("\"(tool\\.[A-Za-z.]+)\"");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/rectimap/tool"))) {
            for (Path source : sources.toList()) {
                Matcher found = key.matcher(Files.readString(source));
                while (found.find()) {
                    keys.add(found.group(1));
                }
            }
        }
        keys.remove("tool.crs.");
        for (TypedCrs crs : TypedCrs.values()) {
            keys.add(crs.notice().key());
        }
        assertThat(keys).hasSizeGreaterThan(30);
        Messages zh = new Messages(UiLanguage.ZH);
        Messages en = new Messages(UiLanguage.EN);
        assertThat(keys).allSatisfy(k -> {
            assertThat(zh.has(k)).as("zh " + k).isTrue();
            assertThat(en.has(k)).as("en " + k).isTrue();
        });
    }

    @Test
    void measurementsAndNestedTextsReadInTheChosenLanguage() {
        ToolText measured = ToolText.of("tool.areaPerimeter", MeasureText.area(12_345.4), MeasureText.metres(1234.56));

        assertThat(ZH.text(measured)).isEqualTo("面积 18.5 亩（1.23 公顷） · 周长 1,234.6 米");
        assertThat(EN.text(measured)).isEqualTo("Area 18.5 mu (1.23 ha) · perimeter 1,234.6 m");
        ToolText refusal = ToolText.of("tool.cannotHold", "责任区", ToolText.of("tool.kind.point"));
        assertThat(EN.text(refusal)).isEqualTo("Layer \"责任区\" cannot hold points");
        assertThat(EN.text(ToolText.given("不能保存", "cannot be stored"))).isEqualTo("cannot be stored");
        assertThat(ZH.text(ToolText.NONE)).isEmpty();
    }
}
