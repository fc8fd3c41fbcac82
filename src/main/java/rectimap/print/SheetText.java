package rectimap.print;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words printed on a sheet and the print problems, from the bundle {@code rectimap/print/print} (Chinese
 * default, English with {@link Locale#ENGLISH}). Sheets are Chinese documents, so painting uses the default.
 */
public record SheetText(ResourceBundle resources) {

    private static final String BUNDLE = "rectimap.print.print";

    /** The Chinese texts (the sheet's language). */
    public static SheetText chinese() {
        return bundle(Locale.ROOT);
    }

    public static SheetText bundle(Locale locale) {
        Locale chosen = locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT;
        return new SheetText(ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The language of these words: {@link Locale#ENGLISH} or {@link Locale#ROOT} (Chinese). */
    public Locale locale() {
        return resources.getLocale();
    }

    public String get(String key) {
        return resources.getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(resources.getString(key), Locale.ROOT).format(arguments);
    }
}
