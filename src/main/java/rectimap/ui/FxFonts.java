package rectimap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import rectimap.render.FontWeight;

/**
 * The CJK font for the JavaFX interface and map: a system CJK family when one is installed, else the bundled
 * WenQuanYi Micro Hei (resource {@code /fonts/wqy-microhei.ttc}), so Chinese never shows as boxes. FX thread only.
 */
public final class FxFonts {
    private static final List<String> SYSTEM_CJK_FAMILIES = List.of(
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC",
            "Microsoft YaHei", "SimHei", "SimSun", "PingFang SC");
    private static final String BUNDLED = "/fonts/wqy-microhei.ttc";

    private final String family;
    private final Map<Long, Font> cache = new HashMap<>();

    private FxFonts(String family) {
        this.family = family;
    }

    /** Finds the family to use; loads the bundled font into JavaFX when no system CJK family is present. */
    public static FxFonts discover() {
        List<String> installed = Font.getFamilies();
        for (String candidate : SYSTEM_CJK_FAMILIES) {
            if (installed.contains(candidate)) {
                return new FxFonts(candidate);
            }
        }
        return new FxFonts(loadBundled());
    }

    /** The family name, for the stylesheet ({@code -fx-font-family}). */
    public String family() {
        return family;
    }

    public Font font(double size, FontWeight weight) {
        long key = Math.round(size * 100) * 2 + (weight == FontWeight.BOLD ? 1 : 0);
        return cache.computeIfAbsent(key, k -> Font.font(family,
                weight == FontWeight.BOLD ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL,
                size));
    }

    private static String loadBundled() {
        try (InputStream in = FxFonts.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return Font.getDefault().getFamily();
            }
            Font[] loaded = Font.loadFonts(in, 12);
            return loaded != null && loaded.length > 0 ? loaded[0].getFamily() : Font.getDefault().getFamily();
        } catch (IOException e) {
            return Font.getDefault().getFamily();
        }
    }
}
