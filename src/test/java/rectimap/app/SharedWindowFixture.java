package rectimap.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.store.pg.PublishedSample;
import rectimap.ui.MainWindow;

/**
 * The set-up every shared-project window test shares: the real window starts on the sample before each test
 * ({@link SampleWindow}: a home of its own, closed after the test), {@link #publish} puts a fresh copy of
 * the sample on the throwaway PostgreSQL/PostGIS cluster, {@link #open} opens it in the window as a user, and
 * {@link #query} reads the server's rows as the superuser. Tests take an {@link FxRobot} parameter.
 *
 * <p>Register as a static {@code @RegisterExtension} field (instead of TestFX's {@code ApplicationExtension} and a
 * {@code @Start} method). One test class, tests one after another.
 */
final class SharedWindowFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private static final long OPEN_WAIT_SECONDS = 60;
    private final SampleWindow sample = new SampleWindow();
    private final FxRobot robot = new FxRobot();
    private Path dir;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        sample.beforeAll(context);
        dir = Files.createTempDirectory("rectimap-shared-window");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        sample.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        sample.afterEach(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        sample.afterAll(context);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return sample.supportsParameter(parameter, context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sample.resolveParameter(parameter, context);
    }

    /** The window of the running test (the new one after {@link #restart}). */
    MainWindow window() {
        return sample.window();
    }

    /** The window of the running test once its session on the sample is up. */
    MainWindow awaitWindow() throws Exception {
        sample.awaitEditingSession();
        return window();
    }

    /**
     * Quits the window (its stage closed, as the user closes the app) and starts a new one in the same home on the
     * sample; waits for its session. Test thread.
     */
    MainWindow restart() throws Exception {
        MainWindow quitting = window();
        robot.interact(() -> quitting.stage().close());
        sample.openAgain(robot, MainWindowTest.SAMPLE);
        return awaitWindow();
    }

    /** Waits for the window's session on the sample, then publishes a new copy of the sample on the cluster. */
    PublishedSample publish() throws Exception {
        awaitWindow();
        return PublishedSample.create(Files.createTempDirectory(dir, "project"));
    }

    /** Opens {@code shared} in the window as {@code user} (password from the cluster's .pgpass); waits until shown. */
    void open(PublishedSample shared, String user) throws Exception {
        MainWindow window = window();
        Object before = window.editing().session().orElse(null);
        robot.interact(() -> window.openShared(shared.address(user).toString(), null));
        WaitForAsyncUtils.waitFor(OPEN_WAIT_SECONDS, TimeUnit.SECONDS, () -> window.editing().session()
                .map(s -> s != before && s.project().file().toString().contains(shared.database())).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Centres the window's map on lon/lat at 1:{@code scale} (see {@link SampleWindowFixture#centreOn}). */
    void centreOn(double lon, double lat, double scale) {
        sample.centreOn(robot, window(), lon, lat, scale);
    }

    /** A folder of the running test for files it makes (photos to drop). */
    Path folder() {
        return dir;
    }

    /** The texts of every label in {@code pane}, one a line. */
    static String labels(DialogPane pane) {
        StringBuilder all = new StringBuilder();
        pane.lookupAll(".label").forEach(node -> all.append(((Label) node).getText()).append('\n'));
        return all.toString();
    }

    /** The first column of the first row {@code sql} (with {@code values} bound) reads as the superuser; or null. */
    static Object query(PublishedSample shared, String sql, Object... values) throws Exception {
        try (Connection c = shared.cluster().superuser(shared.database()); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                q.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    /** As {@link #query} for a count. */
    static int count(PublishedSample shared, String sql, Object... values) throws Exception {
        return ((Number) query(shared, sql, values)).intValue();
    }
}
