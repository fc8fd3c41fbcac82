package rectimap.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /**
     * {@code --lang en|zh} wins. Otherwise English only when the user's locale says English: on Unix the first set
     * of LC_ALL, LC_MESSAGES, LANG (an unset or "C"/"POSIX" locale is no choice of English, though Java reports
     * one), elsewhere the JVM's default locale.
     */
    public static UiLanguage choose(List<String> args, Locale jvmDefault, Map<String, String> environment) {
        int i = args.indexOf("--lang");
        if (i >= 0 && i + 1 < args.size()) {
            return args.get(i + 1).toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
        }
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.getOrDefault(variable, "");
            if (!value.isEmpty()) {
                return value.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
            }
        }
        return "en".equals(jvmDefault.getLanguage()) ? EN : ZH;
    }

    /** {@link #choose(List, Locale, Map)} for this process. */
    public static UiLanguage choose(List<String> args) {
        return choose(args, Locale.getDefault(), System.getenv());
    }
}
