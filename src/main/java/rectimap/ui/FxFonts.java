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
 * WenQuanYi Micro Hei (resource {@code /fonts/wqy-microhei.ttc}), so Chinese never shows as boxes. A family with a
 * bold face is preferred; without one JavaFX draws "bold" text in the regular face, so a window's root then gets
 * {@link #SYNTHETIC_BOLD} and theme.css outlines bold text in its own colour. FX thread only.
 */
public final class FxFonts {
    /** The style class of a window's root whose family has no bold face (see theme.css). */
    public static final String SYNTHETIC_BOLD = "synthetic-bold";
    /** Families with a bold face first (Noto, Source Han, YaHei, PingFang), then those without. */
    private static final List<String> SYSTEM_CJK_FAMILIES = List.of(
            "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "SimSun");
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

    /** Whether the family has a bold face (JavaFX does not embolden a regular one). */
    public boolean hasBold() {
        return Font.font(family, javafx.scene.text.FontWeight.BOLD, 12).getStyle().toLowerCase(java.util.Locale.ROOT)
                .contains("bold");
    }

    /**
     * Gives the root of a window this family (a window does not inherit the main scene's font, so Chinese would fall
     * back otherwise) and, when the family has no bold face, the {@link #SYNTHETIC_BOLD} class.
     */
    public void applyTo(javafx.scene.Parent root) {
        root.setStyle("-fx-font-family: '" + family + "';");
        if (!hasBold() && !root.getStyleClass().contains(SYNTHETIC_BOLD)) {
            root.getStyleClass().add(SYNTHETIC_BOLD);
        }
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
