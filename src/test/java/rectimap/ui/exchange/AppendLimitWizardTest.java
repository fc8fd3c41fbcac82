package rectimap.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.PlanningRules;
import rectimap.campaign.planning.PlanningSchema;
import rectimap.campaign.planning.PlanningSchemas;
import rectimap.exchange.AppendLimit;
import rectimap.exchange.GdalPolygonShapefile;
import rectimap.exchange.GeoPackageExchange;
import rectimap.exchange.SourceFormat;
import rectimap.exchange.SourceOpener;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/**
 * An append bigger than the {@link AppendLimit} (an append is one undoable step held in memory) is refused by the
 * wizard with a plain sentence, Chinese or English, naming the file and the limit and pointing to a new layer, before
 * anything is read into memory or written. Real GDAL-made Shapefile, real project file with the planning layers;
 * the limit is set low (1,000) so a 3,000-parcel file passes it.
 */
@ExtendWith(ApplicationExtension.class)
class AppendLimitWizardTest {
    @TempDir
    static Path folder;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void aFileOverTheLimitIsRefusedInChineseAndNothingIsWritten(FxRobot robot) throws Exception {
        String said = appendOverTheLimit(robot, UiLanguage.ZH, "zh");
        assertThat(said).startsWith("文件太大，不能追加：地块.shp。").contains("一次追加最多 1,000 个要素",
                "导入为新图层", "项目未作修改");
    }

    @Test
    void aFileOverTheLimitIsRefusedInEnglish(FxRobot robot) throws Exception {
        String said = appendOverTheLimit(robot, UiLanguage.EN, "en");
        assertThat(said).startsWith("Too large to append: 地块.shp.").contains("at most 1,000 features",
                "as a new layer");
    }

    private String appendOverTheLimit(FxRobot robot, UiLanguage language, String name) throws Exception {
        Path dir = Files.createDirectories(folder.resolve(name));
        Path shp = GdalPolygonShapefile.write(dir, "地块", 3_000);
        Project project = projectWithPlanningLayers(dir.resolve("project.gpkg"));
        AtomicInteger writes = new AtomicInteger();
        StringBuilder said = new StringBuilder();
        ImportContext context = new ImportContext(project, true, new SourceOpener(new GeoPackageExchange()),
                step -> {
                    writes.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                }, new AppendLimit(1_000), PlanningRules.INSTANCE, (request, progress) -> {
                    writes.incrementAndGet();
                    return CompletableFuture.failedFuture(new IllegalStateException("not a new layer"));
                }, writes::incrementAndGet, said::append);
        Messages messages = new Messages(language);
        robot.interact(() -> new ImportWizard(owner, messages, context, shp, SourceFormat.SHAPEFILE).show());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#importSummary").queryAs(Label.class).getText().contains("3,000"));
        robot.clickOn("#importNext");
        robot.clickOn("#importTargetAppend");
        @SuppressWarnings("unchecked")
        ComboBox<MapLayer> layers = robot.lookup("#importAppendLayer").queryAs(ComboBox.class);
        robot.interact(() -> layers.getSelectionModel().select(layers.getItems().stream()
                .filter(l -> l.info().type().geometryKind().name().contains("POLYGON")).findFirst().orElseThrow()));
        robot.clickOn("#importNext");
        robot.clickOn("#importRun");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !said.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importResult").queryAs(Label.class).getText()).isEqualTo(said.toString());
        assertThat(writes).hasValue(0);
        robot.clickOn("#importClose");
        return said.toString();
    }

    private static Project projectWithPlanningLayers(Path file) {
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            for (PlanningSchema schema : PlanningSchemas.all()) {
                store.write(new Layer(schema.info(), java.util.List.of()));
            }
        }
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            return ProjectAssembler.assemble(file, store);
        }
    }
}
