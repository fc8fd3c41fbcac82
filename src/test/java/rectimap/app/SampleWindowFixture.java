package rectimap.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.store.GeoPackageJournal;
import rectimap.ui.MainWindow;
import rectimap.ui.Messages;
import rectimap.ui.ProjectLoader;
import rectimap.ui.UiLanguage;

/**
 * The set-up every TestFX window test on the sample shares: a {@code rectimap.home} of the class's own (restored
 * afterwards), a fresh working copy of the sample per test (what one test changed, e.g. persisted layer states,
 * cannot leak into the next), the real {@link MainWindow} opened on it through {@link EditingProjectLoader}, and the
 * window closed after each test so its session releases the project's lock.
 *
 * <p>Most tests register {@link SampleWindow}, which also starts the window. A test that must act inside the start
 * registers this as a static {@code @RegisterExtension} field after {@code @ExtendWith(ApplicationExtension.class)}
 * (so it closes the window before TestFX cleans up), and calls {@link #open(Stage)} from its own {@code @Start}
 * method: TestFX only looks for {@code @Start} on the test class itself. Not thread-safe: one test
 * class, tests run one after another; {@link #open} and {@link #openAgain(Path)} run on the FX thread.
 */
class SampleWindowFixture implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    private static final String HOME_PROPERTY = "rectimap.home";
    private static final long SESSION_WAIT_SECONDS = 90;
    private String homeBefore;
    private Path classHome;
    private Path testHome;
    private volatile MainWindow current;
    /** What the window's loader loaded last (it loads on a background thread). */
    private volatile rectimap.ui.LoadedProject loaded;
    private UiLanguage language = UiLanguage.ZH;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        homeBefore = System.getProperty(HOME_PROPERTY);
        classHome = Files.createTempDirectory("rectimap-window-test");
    }

    /**
     * Opens the main window on a new working copy of the sample in a home of this test's own. FX thread.
     *
     * @return the window, also remembered to be closed after the test
     */
    MainWindow open(Stage stage) throws IOException {
        return open(stage, UiLanguage.ZH);
    }

    /** As {@link #open(Stage)} with the interface in {@code language} (as {@code --lang en} starts it). */
    MainWindow open(Stage stage, UiLanguage language) throws IOException {
        testHome = Files.createTempDirectory(classHome, "case");
        System.setProperty(HOME_PROPERTY, testHome.toString());
        this.language = language;
        return show(stage, MainWindowTest.SAMPLE);
    }

    /**
     * Opens a further window on {@code file} in the same home, as after quitting and starting again; the caller closes
     * the previous window first (the project lock allows one). FX thread.
     */
    MainWindow openAgain(Path file) {
        return show(new Stage(), file);
    }

    /** The window opened last (by {@link #open} or {@link #openAgain}), null after the test. */
    MainWindow window() {
        return current;
    }

    /** As {@link #openAgain} from the test thread: the new window, shown (its session may still be loading). */
    MainWindow openAgain(FxRobot robot, Path file) {
        robot.interact(() -> openAgain(file));
        return current;
    }

    private MainWindow show(Stage stage, Path file) {
        current = new MainWindow(stage, new Messages(language),
                recording(new EditingProjectLoader(MainWindowTest.SAMPLE)), MainWindowTest.SAMPLE);
        stage.show();
        current.open(file);
        return current;
    }

    /** Waits (test thread) until the last opened window's editing session is up and the FX queue is drained. */
    void awaitEditingSession() throws Exception {
        MainWindow window = current;
        WaitForAsyncUtils.waitFor(SESSION_WAIT_SECONDS, TimeUnit.SECONDS, () -> window.editing().session().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The journal of the project the last opened window edits (after {@link #awaitEditingSession}), for a test
     * that must order its own work with the file's writes (e.g. {@link GeoPackageJournal#runBetweenWrites}).
     */
    GeoPackageJournal journal() {
        return (GeoPackageJournal) loaded.journal();
    }

    /** {@code loader} itself, every call passed on as is, remembering what it loaded. */
    private ProjectLoader recording(ProjectLoader loader) {
        return (ProjectLoader) Proxy.newProxyInstance(ProjectLoader.class.getClassLoader(),
                new Class<?>[] {ProjectLoader.class}, (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(loader, args);
                        if (result instanceof rectimap.ui.LoadedProject project) {
                            loaded = project;
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The {@code rectimap.home} of the running test (its working copy lives there); scratch files may go there too. */
    Path home() {
        return testHome;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        MainWindow window = current;
        current = null;
        if (window != null) {
            new FxRobot().interact(() -> window.stage().close());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (homeBefore == null) {
            System.clearProperty(HOME_PROPERTY);
        } else {
            System.setProperty(HOME_PROPERTY, homeBefore);
        }
        try (Stream<Path> files = Files.walk(classHome)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove test home " + path, e);
                }
            });
        }
    }

    /**
     * The map canvas of the last opened window once its map has no paint pending (the crisp frame of the current
     * state: the map is painted off the FX thread). Test thread.
     */
    WritableImage crispMap(FxRobot robot) throws TimeoutException {
        MainWindow window = current;
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.mapView().isPaintPending());
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup("#mapCanvas").query().snapshot(null, null));
        return image[0];
    }

    /** Shows the map at 1:{@code scale} centred on {@code lon, lat} (EPSG:4490). Test thread. */
    void centreOn(FxRobot robot, MainWindow window, double lon, double lat, double scale) {
        org.locationtech.jts.geom.Coordinate grid = rectimap.geo.CrsTransform.between(rectimap.geo.Epsg.CGCS2000,
                rectimap.geo.Epsg.CGCS2000_GK_CM_111E).apply(lon, lat);
        robot.interact(() -> {
            window.model().zoomToScale(scale);
            window.model().setViewport(window.model().viewport().centredOn(grid.x, grid.y));
        });
    }

    /**
     * Selects {@code features} on the map as a user does: the select tool, then a click inside each (shift held from
     * the second on). The features must be in view and not covered by other layers' features.
     */
    void clickToSelect(FxRobot robot, MainWindow window, java.util.List<rectimap.model.Feature> features) {
        robot.clickOn("#tool-SELECT");
        javafx.scene.Node canvas = robot.lookup("#mapCanvas").query();
        for (int k = 0; k < features.size(); k++) {
            org.locationtech.jts.geom.Point inside = features.get(k).geometry().getInteriorPoint();
            org.locationtech.jts.geom.Coordinate grid = rectimap.geo.CrsTransform.between(rectimap.geo.Epsg.CGCS2000,
                    rectimap.geo.Epsg.CGCS2000_GK_CM_111E).apply(inside.getX(), inside.getY());
            javafx.geometry.Point2D at = canvas.localToScreen(new javafx.geometry.Point2D(
                    window.model().viewport().toScreenX(grid.x), window.model().viewport().toScreenY(grid.y)));
            if (k == 0) {
                robot.clickOn(at);
            } else {
                robot.press(javafx.scene.input.KeyCode.SHIFT).clickOn(at).release(javafx.scene.input.KeyCode.SHIFT);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
