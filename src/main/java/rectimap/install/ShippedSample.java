package rectimap.install;

import java.nio.file.Path;

/**
 * The reference sample that ships with Rectimap (Yanhu district, {@code yanhu-sample.gpkg}): in a source checkout
 * {@code maps/yanhu-sample.gpkg} under the working directory; in an installed app the launcher names the copy inside
 * the app with {@code -Drectimap.sample=PATH}. Never edited: the app opens a working copy of it.
 */
public final class ShippedSample {
    /** The system property the installed launchers set. */
    public static final String PROPERTY = "rectimap.sample";
    private static final Path IN_SOURCE_TREE = Path.of("maps", "yanhu-sample.gpkg");

    private ShippedSample() {
    }

    /** The shipped sample of this installation (may not exist when run elsewhere from a source tree). */
    public static Path path() {
        String named = System.getProperty(PROPERTY);
        return named == null || named.isBlank() ? IN_SOURCE_TREE : Path.of(named);
    }
}
