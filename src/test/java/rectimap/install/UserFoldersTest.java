package rectimap.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where each platform keeps the user's data, settings and logs, from the environment a user would have. */
class UserFoldersTest {
    private static final Path HOME = Path.of("/home/wang");

    @Test
    void linuxWithoutXdgVariablesUsesTheXdgDefaults() {
        UserFolders folders = UserFolders.of(Platform.LINUX, Map.<String, String>of()::get, HOME);

        assertThat(folders.data()).isEqualTo(Path.of("/home/wang/.local/share/rectimap"));
        assertThat(folders.config()).isEqualTo(Path.of("/home/wang/.config/rectimap"));
        assertThat(folders.logs()).isEqualTo(Path.of("/home/wang/.local/state/rectimap/logs"));
    }

    @Test
    void linuxFollowsAbsoluteXdgVariablesAndIgnoresRelativeOnes() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/data/wang", "XDG_CONFIG_HOME", "relative/config",
                "XDG_STATE_HOME", "/state");
        UserFolders folders = UserFolders.of(Platform.LINUX, env::get, HOME);

        assertThat(folders.data()).isEqualTo(Path.of("/data/wang/rectimap"));
        assertThat(folders.config()).isEqualTo(Path.of("/home/wang/.config/rectimap"));
        assertThat(folders.logs()).isEqualTo(Path.of("/state/rectimap/logs"));
    }

    @Test
    void windowsUsesAppDataAndLocalAppDataForLogs() {
        Map<String, String> env = Map.of("APPDATA", "/c/Users/wang/AppData/Roaming", "LOCALAPPDATA",
                "/c/Users/wang/AppData/Local");
        UserFolders folders = UserFolders.of(Platform.WINDOWS, env::get, Path.of("/c/Users/wang"));

        assertThat(folders.data()).isEqualTo(Path.of("/c/Users/wang/AppData/Roaming/Rectimap"));
        assertThat(folders.config()).isEqualTo(folders.data());
        assertThat(folders.logs()).isEqualTo(Path.of("/c/Users/wang/AppData/Local/Rectimap/logs"));
    }

    @Test
    void macOsUsesApplicationSupportAndLibraryLogs() {
        UserFolders folders = UserFolders.of(Platform.MACOS, Map.<String, String>of()::get, Path.of("/Users/wang"));

        assertThat(folders.data()).isEqualTo(Path.of("/Users/wang/Library/Application Support/Rectimap"));
        assertThat(folders.config()).isEqualTo(folders.data());
        assertThat(folders.logs()).isEqualTo(Path.of("/Users/wang/Library/Logs/Rectimap"));
    }

    @Test
    void thePlatformComesFromTheOperatingSystemName() {
        assertThat(Platform.of("Windows 10")).isEqualTo(Platform.WINDOWS);
        assertThat(Platform.of("Mac OS X")).isEqualTo(Platform.MACOS);
        assertThat(Platform.of("Linux")).isEqualTo(Platform.LINUX);
    }

    @Test
    void rectimapHomePutsEverythingInOneFolder() {
        String before = System.getProperty(UserFolders.HOME_PROPERTY);
        System.setProperty(UserFolders.HOME_PROPERTY, "/tmp/one");
        try {
            assertThat(UserFolders.current()).isEqualTo(new UserFolders(Path.of("/tmp/one"), Path.of("/tmp/one"),
                    Path.of("/tmp/one/logs")));
        } finally {
            if (before == null) {
                System.clearProperty(UserFolders.HOME_PROPERTY);
            } else {
                System.setProperty(UserFolders.HOME_PROPERTY, before);
            }
        }
    }
}
