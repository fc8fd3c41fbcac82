package rectimap.install;

import java.util.Locale;

/** The operating system family, for where per-user folders go. */
public enum Platform {
    LINUX, WINDOWS, MACOS;

    /** The platform of this JVM ({@code os.name}); any other Unix counts as Linux (XDG folders). */
    public static Platform current() {
        return of(System.getProperty("os.name", ""));
    }

    static Platform of(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        return name.startsWith("mac") || name.startsWith("darwin") ? MACOS : LINUX;
    }
}
