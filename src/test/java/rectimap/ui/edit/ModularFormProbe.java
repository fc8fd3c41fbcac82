package rectimap.ui.edit;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import org.controlsfx.control.decoration.Decorator;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.campaign.sample.SampleStyles;
import rectimap.campaign.sample.YanhuSample;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/**
 * A child program for {@code rectimap.install.ControlsFxInTheImageTest}: opens the attribute form of a new 责任区 on a
 * real display with JavaFX loaded as the app image loads it (named modules, the app on the class path), types a
 * township (the place completion) and a wrong phone (ControlsFX decoration), and prints {@code form-ok} with exit
 * code 0; any error on the FX thread prints its stack and exits 1. The surefire JVM has JavaFX on the class path,
 * where the module boundary ControlsFX must cross does not exist, so only such a child meets it.
 */
public final class ModularFormProbe {
    private ModularFormProbe() {
    }

    public static void main(String[] args) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
                failure.set(error);
                done.countDown();
            });
            try {
                Messages messages = new Messages(UiLanguage.ZH);
                List<Layer> divisions = YanhuSample.generate();
                Project project = new Project(Path.of("sample.gpkg"), divisions.stream().map(l -> new MapLayer(l,
                        SampleStyles.forTableOrDefault(l.tableName(), l.info().type().geometryKind()), true, 1.0))
                        .toList());
                AttributeFormView form = new AttributeFormView(new AttributeFormModel(
                        ResponsibilityAreaSchema.schema().info(), FormFixtures.draft(FormFixtures.AREA_WKT), messages,
                        DivisionPlaces.of(project), FormPurpose.NEW), FormPurpose.NEW, messages);
                form.show();
                TextField township = (TextField) form.getDialogPane().lookup("#field-township");
                township.requestFocus();
                township.setText("解");
                TextField phone = (TextField) form.getDialogPane().lookup("#field-phone");
                phone.setText("12345");
                Platform.runLater(() -> {
                    if (Decorator.getDecorations(phone) == null || Decorator.getDecorations(phone).isEmpty()) {
                        failure.set(new AssertionError("no ControlsFX decoration on the wrong phone number"));
                    }
                    done.countDown();
                });
            } catch (Throwable error) {
                failure.set(error);
                done.countDown();
            }
        });
        boolean finished = done.await(60, TimeUnit.SECONDS);
        if (!finished || failure.get() != null) {
            if (failure.get() != null) {
                failure.get().printStackTrace(System.out);
            } else {
                System.out.println("the form did not finish within 60 s");
            }
            System.out.flush();
            Runtime.getRuntime().halt(1);
        }
        System.out.println("form-ok");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
