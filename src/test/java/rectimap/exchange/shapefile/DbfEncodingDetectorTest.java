package rectimap.exchange.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DbfEncodingDetectorTest {
    private static final Charset GBK = Charset.forName("GBK");

    private static DbfTextScan scan(Charset charset, String... values) {
        DbfTextScan scan = new DbfTextScan();
        for (String value : values) {
            byte[] bytes = value.getBytes(charset);
            scan.countForTest(bytes);
        }
        scan.scannedRecords = values.length;
        return scan;
    }

    private static DbfHeader header(int languageDriver) {
        return new DbfHeader(1, 66, 11, languageDriver, List.of(new DbfField("name".getBytes(), 'C', 10, 0, 1)));
    }

    @Test
    void theCpgWinsThenAnEastAsianLanguageDriver() {
        DbfTextScan scan = scan(StandardCharsets.UTF_8, "解州镇");
        assertThat(DbfEncodingDetector.detect(Optional.of("UTF-8\n"), header(0x4D), scan).charset())
                .isEqualTo(StandardCharsets.UTF_8);
        DbfEncoding byDriver = DbfEncodingDetector.detect(Optional.of("weird"), header(0x7A), scan);
        assertThat(byDriver.charset()).isEqualTo(GBK);
        assertThat(byDriver.reason()).contains("0x7A").contains("weird");
    }

    @Test
    void shortUtf8TextThatAlsoDecodesAsGb18030IsRankedByEverydayHanzi() {
        DbfEncoding encoding = DbfEncodingDetector.detect(Optional.empty(), header(0), scan(StandardCharsets.UTF_8,
                "中国", "盐湖"));
        assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(encoding.reason()).contains("both decode");
    }

    @Test
    void whenNeitherClearlyWinsTheUserIsAsked() {
        DbfEncoding encoding = DbfEncodingDetector.detect(Optional.empty(), header(0),
                scan(StandardCharsets.ISO_8859_1, "\u00ffA"));
        assertThat(encoding.certainty()).isEqualTo(EncodingCertainty.UNSURE);
        assertThat(encoding.needsUserChoice()).isTrue();
    }

    @Test
    void asciiOnlyTextNeedsNoChoice() {
        assertThat(DbfEncodingDetector.detect(Optional.empty(), header(0), scan(StandardCharsets.UTF_8, "abc"))
                .certainty()).isEqualTo(EncodingCertainty.ASCII_ONLY);
    }
}
