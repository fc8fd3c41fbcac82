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
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** English when the arguments hold {@code --lang en}, else Chinese (the base bundle). */
    static Locale localeOf(List<String> args) {
        int lang = args.indexOf("--lang");
        return lang >= 0 && lang + 1 < args.size() && args.get(lang + 1).equals("en") ? Locale.ENGLISH : Locale.ROOT;
    }
}
