package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rectimap.model.style.Rgba;

/** Chinese labels must be glyphs, never the "missing glyph" box. */
class ChineseGlyphsTest {

    @Test
    void bundledFontDisplaysEverySampleName() {
        Font font = MapFonts.base(MapFonts.Choice.BUNDLED);

        assertThat(font.getFamily()).contains("WenQuanYi");
        for (String name : GoldenScene.NAMES) {
            assertThat(font.canDisplayUpTo(name)).as(name).isEqualTo(-1);
        }
        assertThat(font.canDisplayUpTo("盐湖区解州镇龙居镇三路里镇文化体验村示范镇示意")).isEqualTo(-1);
    }

    @Test
    void systemFirstChoiceAlsoDisplaysChinese() {
        assertThat(MapFonts.base(MapFonts.Choice.SYSTEM_FIRST).canDisplayUpTo("雷家坡村委会")).isEqualTo(-1);
    }

    @Test
    void eachCharacterOfALabelDrawsADifferentPixelPattern() {
        // Missing glyphs all draw the same box; real glyphs differ from one another.
        Set<String> patterns = new HashSet<>();
        String label = "雷家坡村委会";
        for (int i = 0; i < label.length(); i++) {
            ImageSurface surface = new ImageSurface(40, 40, 96, Rgba.WHITE, MapFonts.Choice.BUNDLED);
            surface.text(label.substring(i, i + 1), 4, 32, 30, FontWeight.NORMAL, Rgba.BLACK, Rgba.TRANSPARENT, 0);
            patterns.add(fingerprint(surface.image()));
        }
        assertThat(patterns).hasSize(label.length());
    }

    @Test
    void aCharacterTheFontLacksFallsBackInsteadOfVanishing() {
        ImageSurface surface = new ImageSurface(60, 40, 96, Rgba.WHITE, MapFonts.Choice.BUNDLED);
        TextExtent extent = surface.measureText("镇A", 20, FontWeight.NORMAL);

        assertThat(extent.width()).isGreaterThan(20);
        assertThat(extent.ascent()).isPositive();
    }

    private static String fingerprint(BufferedImage image) {
        StringBuilder bits = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                bits.append((image.getRGB(x, y) & 0xff) < 128 ? '#' : '.');
            }
        }
        return bits.toString();
    }
}
