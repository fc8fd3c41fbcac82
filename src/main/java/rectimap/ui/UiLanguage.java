package rectimap.ui;

import java.util.List;
import java.util.Locale;

/** The interface language: Simplified Chinese by default, English with {@code --lang en} or an English JVM locale. */
public enum UiLanguage {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    private final Locale locale;

    UiLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code --lang en|zh} wins; otherwise English only when the JVM's default language is English. */
    public static UiLanguage choose(List<String> args, Locale jvmDefault) {
        int i = args.indexOf("--lang");
        if (i >= 0 && i + 1 < args.size()) {
            return args.get(i + 1).toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
        }
        return "en".equals(jvmDefault.getLanguage()) ? EN : ZH;
    }
}
