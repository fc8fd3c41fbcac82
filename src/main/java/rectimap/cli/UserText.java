package rectimap.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Sentences the command line shares with the window, from the window's bundle {@code rectimap/ui/messages*} (base =
 * Chinese, {@code _en} English), so a file problem reads the same in both. English when the arguments hold
 * {@code --lang en}.
 */
final class UserText {
    private static final String BUNDLE = "rectimap.ui.messages";

    private UserText() {
    }

    /** The text for {@code key} in {@code locale} with {@link MessageFormat} arguments filled in. */
    static String format(Locale locale, String key, Object... args) {
        return new MessageFormat(pattern(locale, key), locale).format(args);
    }

    /** The unformatted text for {@code key} in {@code locale}. */
    static String pattern(Locale locale, String key) {
        return bundle(locale).getString(key);
    }

    /** Whether the bundle of {@code locale} has {@code key}. */
    static boolean has(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English when the arguments hold {@code --lang en}, else Chinese (the base bundle). */
    static Locale localeOf(List<String> args) {
        int lang = args.indexOf("--lang");
        return lang >= 0 && lang + 1 < args.size() && args.get(lang + 1).equals("en") ? Locale.ENGLISH : Locale.ROOT;
    }
}
