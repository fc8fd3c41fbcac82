package rectimap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import rectimap.exchange.ExchangeProblem;

class ExchangeProblemMessagesTest {

    @Test
    void everyExchangeProblemHasAChineseAndAnEnglishSentenceNamingTheFile() {
        for (UiLanguage language : UiLanguage.values()) {
            Messages messages = new Messages(language);
            String where = "乡镇.shp " + messages.format("exchange.where.record", 17);
            for (ExchangeProblem problem : ExchangeProblem.values()) {
                String text = messages.format("exchange." + problem.name(), where, "detail");
                assertThat(text).as(language + " " + problem).contains("乡镇.shp").contains("17")
                        .doesNotContain("exchange.");
            }
        }
        assertThat(new Messages(UiLanguage.ZH).format("exchange.TRUNCATED", "a.shp", "x")).contains("截断");
        assertThat(new Messages(UiLanguage.EN).format("exchange.TRUNCATED", "a.shp", "x")).contains("truncated");
    }
}
