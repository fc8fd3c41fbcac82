package rectimap.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import rectimap.exchange.shapefile.DbfEncoding;
import rectimap.exchange.shapefile.EncodingCertainty;
import rectimap.exchange.shapefile.EncodingPreview;
import rectimap.exchange.shapefile.ShapefileInspection;

/**
 * The source step's encoding view-model for a Shapefile whose DBF the detector is UNSURE about (short text that is
 * valid both as UTF-8 and as GB18030): both readings are shown, Next waits for the user's pick, and the pick is
 * what the source is then opened with. The sure path is covered with a real GDAL file in ImportWizardTest.
 */
class EncodingPreviewTextTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void anUnsureShapefileShowsBothReadingsAndWaitsForThePick() {
        byte[] utf8Bytes = "盐湖".getBytes(StandardCharsets.UTF_8);
        String asUtf8 = new String(utf8Bytes, StandardCharsets.UTF_8);
        String asGbk = new String(utf8Bytes, GBK);
        EncodingPreview preview = new EncodingPreview(List.of(
                new EncodingPreview.Decoding(GBK, List.of("名称"), List.of(List.of(asGbk, "A1")), 0),
                new EncodingPreview.Decoding(StandardCharsets.UTF_8, List.of("名称"), List.of(List.of(asUtf8, "A1")),
                        0)));
        ShapefileInspection inspection = new ShapefileInspection(null,
                new DbfEncoding(GBK, EncodingCertainty.UNSURE, "both decode"), preview, null);

        EncodingPreviewText text = EncodingPreviewText.of(inspection);
        ImportChoices choices = new ImportChoices(Path.of("片区.shp"));
        choices.encodingUnsure = text.unsure();

        assertThat(text.unsure()).isTrue();
        assertThat(text.utf8()).isEqualTo("名称\n盐湖 | A1\n");
        assertThat(text.gb()).isEqualTo("名称\n" + asGbk + " | A1\n").doesNotContain("盐湖");
        assertThat(choices.encodingMissing()).isTrue();
        choices.encoding = StandardCharsets.UTF_8;
        assertThat(choices.encodingMissing()).isFalse();
        assertThat(choices.sourceOptions().table().encoding()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aDetectedEncodingNeedsNoPick() {
        EncodingPreview preview = new EncodingPreview(List.of(
                new EncodingPreview.Decoding(GBK, List.of("名称"), List.of(List.of("解州镇")), 0)));
        EncodingPreviewText text = EncodingPreviewText.of(new ShapefileInspection(null,
                new DbfEncoding(GBK, EncodingCertainty.DETECTED, "only GB18030 decodes"), preview, null));
        ImportChoices choices = new ImportChoices(Path.of("片区.shp"));
        choices.encodingUnsure = text.unsure();

        assertThat(text.unsure()).isFalse();
        assertThat(text.gb()).isEqualTo("名称\n解州镇\n");
        assertThat(text.utf8()).isEmpty();
        assertThat(choices.encodingMissing()).isFalse();
    }
}
