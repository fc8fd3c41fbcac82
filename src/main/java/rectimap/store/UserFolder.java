package rectimap.store;

import java.nio.file.Path;
import rectimap.install.UserFolders;

/**
 * Rectimap's data folder for this user (the sample's working copy, {@code pending/} recovery journals): see
 * {@link UserFolders} for where it is on each platform, or {@code -Drectimap.home=DIR} (e.g. for tests).
 */
public final class UserFolder {
    private UserFolder() {
    }

    public static Path path() {
        return UserFolders.current().data();
    }
}
