package rectimap.install;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;

/**
 * Where Rectimap keeps things for the person using this computer, in the platform's place:
 * <ul>
 *   <li>Linux: {@code $XDG_DATA_HOME/rectimap} (default {@code ~/.local/share/rectimap}) for data (the sample's working
 *       copy, recovery journals), {@code $XDG_CONFIG_HOME/rectimap} ({@code ~/.config/rectimap}) for settings and
 *       recent projects, {@code $XDG_STATE_HOME/rectimap/logs} ({@code ~/.local/state/rectimap/logs}) for logs;</li>
 *   <li>Windows: {@code %APPDATA%\Rectimap} for data and settings, {@code %LOCALAPPDATA%\Rectimap\logs} for logs;</li>
 *   <li>macOS: {@code ~/Library/Application Support/Rectimap} for data and settings, {@code ~/Library/Logs/Rectimap}.</li>
 * </ul>
 * {@code -Drectimap.home=DIR} puts all three in one folder (data and settings in DIR, logs in DIR/logs): tests and
 * portable set-ups use it. The one class that knows these places; nothing else builds a user path.
 *
 * @param data   the sample's working copy and {@code pending/} recovery journals
 * @param config {@code settings.properties} and {@code recent.txt}
 * @param logs   the rotating log and crash reports
 */
public record UserFolders(Path data, Path config, Path logs) {
    /** The system property that puts every folder under one directory. */
    public static final String HOME_PROPERTY = "rectimap.home";

    /** The folders for this JVM's user, platform and environment. */
    public static UserFolders current() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return inOneFolder(Path.of(home));
        }
        return of(Platform.current(), System::getenv, Path.of(System.getProperty("user.home")));
    }

    /** Everything under {@code folder}: data and settings in it, logs in {@code folder/logs}. */
    public static UserFolders inOneFolder(Path folder) {
        return new UserFolders(folder, folder, folder.resolve("logs"));
    }

    /** The folders on {@code platform} for a user whose home is {@code home}, with {@code env} as the environment. */
    public static UserFolders of(Platform platform, Function<String, String> env, Path home) {
        return switch (platform) {
            case WINDOWS -> {
                Path roaming = absolute(env.apply("APPDATA")).orElse(home.resolve("AppData").resolve("Roaming"));
                Path local = absolute(env.apply("LOCALAPPDATA")).orElse(roaming.resolveSibling("Local"));
                Path data = roaming.resolve("Rectimap");
                yield new UserFolders(data, data, local.resolve("Rectimap").resolve("logs"));
            }
            case MACOS -> {
                Path data = home.resolve("Library").resolve("Application Support").resolve("Rectimap");
                yield new UserFolders(data, data, home.resolve("Library").resolve("Logs").resolve("Rectimap"));
            }
            case LINUX -> new UserFolders(
                    xdg(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("rectimap"),
                    xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("rectimap"),
                    xdg(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve("rectimap")
                            .resolve("logs"));
        };
    }

    /** The folder used before this release: {@code ~/.rectimap}. */
    public static Path legacy(Path home) {
        return home.resolve(".rectimap");
    }

    /** The names of the files kept in {@link #config()} (everything else of the old folder is data). */
    static final Set<String> CONFIG_FILES = Set.of("settings.properties", "recent.txt");

    /** An XDG variable's folder; the specification says a relative or empty value is ignored. */
    private static Path xdg(Function<String, String> env, String variable, Path fallback) {
        return absolute(env.apply(variable)).orElse(fallback);
    }

    private static java.util.Optional<Path> absolute(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? java.util.Optional.of(path) : java.util.Optional.empty();
    }
}
