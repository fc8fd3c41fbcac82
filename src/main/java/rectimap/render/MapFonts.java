package rectimap.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The fonts map text is drawn with. Chinese needs a CJK font, and a JVM without one draws boxes, so WenQuanYi Micro
 * Hei (Apache-2.0 / GPL-3+ with font exception, licence beside it in {@code /fonts}) ships with the app. A system CJK
 * family is preferred when installed (it matches the desktop), except when asked for the bundled one, which golden
 * images use for determinism. Fonts are derived at size 1; callers derive sizes. Thread-safe.
 */
public final class MapFonts {

    /** Which font family to use. */
    public enum Choice {
        /** A system CJK family if one is installed, else the bundled font. */
        SYSTEM_FIRST,
        /** Always the bundled font (identical output on every machine). */
        BUNDLED
    }

    /** System CJK families, in order of preference. */
    static final List<String> PREFERRED_SYSTEM_FAMILIES = List.of("WenQuanYi Micro Hei", "Noto Sans CJK SC",
            "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimHei", "SimSun", "WenQuanYi Zen Hei");

    private static final String BUNDLED_RESOURCE = "/fonts/wqy-microhei.ttc";

    private MapFonts() {
    }

    /** The base font (plain, size 1) for the choice. */
    public static Font base(Choice choice) {
        return choice == Choice.BUNDLED ? Bundled.FONT : SystemFirst.FONT;
    }

    /** The font for a character the base font lacks: the JVM's logical sans-serif, which chains physical fonts. */
    public static Font fallback() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    }

    /** Loaded on first use only (5 MB); the holder idiom makes that thread-safe without locks. */
    private static final class Bundled {
        static final Font FONT = loadBundled();
    }

    private static final class SystemFirst {
        static final Font FONT = findSystem();
    }

    private static Font findSystem() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : PREFERRED_SYSTEM_FAMILIES) {
            if (installed.contains(family)) {
                Font font = new Font(family, Font.PLAIN, 1);
                if (font.canDisplayUpTo("盐湖区") == -1) {
                    return font;
                }
            }
        }
        return Bundled.FONT;
    }

    private static Font loadBundled() {
        try (InputStream in = MapFonts.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + BUNDLED_RESOURCE);
            }
            // A TTC holds several faces (Micro Hei and its Mono variant); take the proportional one.
            Font[] faces = Font.createFonts(in);
            for (Font face : faces) {
                if (!face.getFamily().contains("Mono")) {
                    return face.deriveFont(Font.PLAIN, 1f);
                }
            }
            return faces[0].deriveFont(Font.PLAIN, 1f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + BUNDLED_RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font is damaged: " + BUNDLED_RESOURCE, e);
        }
    }
}
