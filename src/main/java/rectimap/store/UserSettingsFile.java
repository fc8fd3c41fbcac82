package rectimap.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import rectimap.model.ProjectSettings;

/**
 * The settings of the person using this computer (profile, panel sizes, the last map view of each project), kept
 * beside the recent-projects list in the user's own folder ({@code settings.properties} in {@code rectimap.install.UserFolders#config()}), never in a
 * project file, so read-only sessions keep them too. UTF-8 properties, written under a temporary name and moved
 * into place. A missing or unreadable file reads as empty: these are conveniences, never a reason to fail.
 * Thread-safe (synchronized); writes are small and done at once.
 */
public final class UserSettingsFile implements ProjectSettings {
    private final Path file;

    public UserSettingsFile(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Optional<String> read(String key) {
        return Optional.ofNullable(load().getProperty(key));
    }

    @Override
    public synchronized CompletableFuture<Void> write(String key, String value) {
        Properties values = load();
        values.setProperty(key, value);
        Path temp = file.resolveSibling(file.getFileName() + ".writing");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(out, "Rectimap user settings");
            }
            ProjectCopy.moveIntoPlace(temp, file);
            return CompletableFuture.completedFuture(null);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new UncheckedIOException("cannot write " + file, e));
        }
    }

    private Properties load() {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return new Properties();
        }
        return values;
    }
}
