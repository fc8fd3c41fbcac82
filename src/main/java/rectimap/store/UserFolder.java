package rectimap.store;

import java.nio.file.Path;

/** Rectimap's folder for this user: {@code ~/.rectimap}, or {@code -Drectimap.home=DIR} (e.g. for tests). */
public final class UserFolder {
    private UserFolder() {
    }

    public static Path path() {
        String home = System.getProperty("rectimap.home");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".rectimap");
    }
}
