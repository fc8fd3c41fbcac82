package rectimap.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationAdapter;
import org.testfx.framework.junit5.ApplicationFixture;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.ui.MainWindow;
import rectimap.ui.UiLanguage;

/**
 * The sample's window started for each test, in place of TestFX's {@code ApplicationExtension} and a {@code @Start}
 * method: before each test the real {@link MainWindow} opens on a fresh working copy of the sample in a home of its
 * own ({@link SampleWindowFixture}) on TestFX's primary stage; after the test the window closes (its session
 * releases the project's lock), then TestFX cleans up. Test methods may take an {@link FxRobot} and the
 * {@link MainWindow} opened for the test as parameters.
 *
 * <p>Register as a static {@code @RegisterExtension} field, without {@code @ExtendWith(ApplicationExtension.class)}.
 * One test class, tests one after another.
 */
class SampleWindow extends SampleWindowFixture implements BeforeEachCallback, ParameterResolver {
    private final FxRobot robot = new FxRobot();
    private final UiLanguage language;
    private Application application;

    /** The window in Chinese, as the app starts by default. */
    SampleWindow() {
        this(UiLanguage.ZH);
    }

    /** The window in {@code language}, as {@code --lang} starts it. */
    SampleWindow(UiLanguage language) {
        this.language = language;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(() -> new ApplicationAdapter(new ApplicationFixture() {
            @Override
            public void init() {
            }

            @Override
            public void start(Stage stage) throws Exception {
                open(stage, language);
            }

            @Override
            public void stop() {
            }
        }));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        super.afterEach(context);
        FxToolkit.cleanupAfterTest(robot, application);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FxRobot.class || type == MainWindow.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class ? robot : window();
    }
}
