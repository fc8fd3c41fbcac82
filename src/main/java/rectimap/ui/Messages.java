package rectimap.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All user-facing text, from {@code rectimap/ui/messages*.properties}: the base bundle is Chinese, {@code _en} English.
 * No fallback to the JVM locale, so Chinese stays Chinese on an English machine and vice versa.
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final UiLanguage language;

    public Messages(UiLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("rectimap.ui.messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public UiLanguage language() {
        return language;
    }

    /** The text for {@code key}; the key itself when missing, so a gap shows up instead of crashing. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text for {@code key} with {@link MessageFormat} arguments filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), language.locale()).format(args);
    }

    /** The label of an attribute field: {@code field.<name>} when the bundle has it, else the column name. */
    public String fieldLabel(String fieldName) {
        String key = "field." + fieldName;
        return bundle.containsKey(key) ? bundle.getString(key) : fieldName;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
