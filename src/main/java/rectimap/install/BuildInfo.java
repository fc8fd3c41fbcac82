package rectimap.install;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What was built: the version, the commit and the build date, from {@code rectimap/build-info.properties} which Maven
 * fills in at build time. A value Maven did not fill in (no {@code .git} in a source copy, a class path without the
 * filtered resource) reads {@code "unknown"}, never fails.
 *
 * @param version the project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit  the abbreviated git commit, or {@code unknown}
 * @param date    the build time in UTC, {@code yyyy-MM-ddTHH:mmZ}, or {@code unknown}
 */
public record BuildInfo(String version, String commit, String date) {
    private static final String RESOURCE = "/rectimap/build-info.properties";
    private static final String UNKNOWN = "unknown";

    /** The build this code belongs to. */
    public static BuildInfo current() {
        Properties values = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                values.load(in);
            }
        } catch (IOException e) {
            values.clear();
        }
        return new BuildInfo(filled(values, "version"), filled(values, "commit"), filled(values, "date"));
    }

    private static String filled(Properties values, String key) {
        String value = values.getProperty(key, "").strip();
        return value.isEmpty() || value.contains("${") ? UNKNOWN : value;
    }

    /** One line for {@code --version}: {@code Rectimap 0.1.0 (commit 1a2b3c4d5e, built 2026-12-07T08:50Z)}. */
    public String line() {
        return "Rectimap " + version + " (commit " + commit + ", built " + date + ")";
    }
}
