package rectimap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void chineseIsTheDefaultAndEnglishIsChosenByFlagOrLocale() {
        Map<String, String> noEnv = Map.of();
        assertThat(UiLanguage.choose(List.of(), Locale.SIMPLIFIED_CHINESE, noEnv)).isEqualTo(UiLanguage.ZH);
        assertThat(UiLanguage.choose(List.of(), Locale.GERMANY, noEnv)).isEqualTo(UiLanguage.ZH);
        assertThat(UiLanguage.choose(List.of(), Locale.US, noEnv)).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.choose(List.of("--lang", "en"), Locale.CHINA, noEnv)).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.choose(List.of("--lang", "zh"), Locale.US, Map.of("LANG", "en_US.UTF-8")))
                .isEqualTo(UiLanguage.ZH);
    }

    @Test
    void aUnixLocaleDecidesAndPlainCMeansNoChoiceOfEnglish() {
        assertThat(UiLanguage.choose(List.of(), Locale.US, Map.of("LANG", "en_GB.UTF-8"))).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.choose(List.of(), Locale.US, Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(UiLanguage.ZH);
        assertThat(UiLanguage.choose(List.of(), Locale.US, Map.of("LANG", "C.UTF-8"))).isEqualTo(UiLanguage.ZH);
        assertThat(UiLanguage.choose(List.of(), Locale.US, Map.of("LC_ALL", "en_US", "LANG", "zh_CN")))
                .isEqualTo(UiLanguage.EN);
    }

    @Test
    void eachLanguageReadsItsOwnBundleWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(new Messages(UiLanguage.ZH).get("layers.title")).isEqualTo("图层");
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(new Messages(UiLanguage.EN).get("layers.title")).isEqualTo("Layers");
        } finally {
            Locale.setDefault(before);
        }
    }

    /**
     * A refused shared-project step tells what the window really does: it shows the other user's saved version and
     * opens the conflict dialog, where each part is settled and saved as a new step.
     */
    @Test
    void aConflictSentenceSendsTheUserToTheConflictDialogTheWindowOpens() {
        String zh = new Messages(UiLanguage.ZH).format("store.CONFLICT", "postgresql://office/yanhu", "移动 责任区 #3");
        String en = new Messages(UiLanguage.EN).format("store.CONFLICT", "postgresql://office/yanhu", "移动 责任区 #3");
        assertThat(zh).contains("移动 责任区 #3").contains("对方").contains("冲突对话框").contains("新的一步");
        assertThat(en).contains("移动 责任区 #3").contains("their").contains("conflict dialog").contains("new step");
        assertThat(new Messages(UiLanguage.ZH).get("conflict.title")).contains("冲突");
        assertThat(new Messages(UiLanguage.EN).get("conflict.title")).contains("Conflict");
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void everyStoreProblemHasAChineseAndAnEnglishSentenceNamingTheFile() {
        for (rectimap.model.StoreProblem problem : rectimap.model.StoreProblem.values()) {
            for (UiLanguage language : UiLanguage.values()) {
                Messages messages = new Messages(language);
                String key = "store." + problem.name();
                assertThat(messages.has(key)).as(language + " " + key).isTrue();
                assertThat(messages.format(key, "/data/项目.gpkg")).contains("/data/项目.gpkg");
            }
        }
    }

    @Test
    void fieldLabelsFallBackToTheColumnName() {
        Messages zh = new Messages(UiLanguage.ZH);
        assertThat(zh.fieldLabel("township")).isEqualTo("所属乡镇");
        assertThat(zh.fieldLabel("some_imported_col")).isEqualTo("some_imported_col");
        assertThat(zh.format("status.scale", "50,000")).isEqualTo("比例尺 1:50,000");
    }

    private static java.util.Set<Object> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.keySet();
    }
}
