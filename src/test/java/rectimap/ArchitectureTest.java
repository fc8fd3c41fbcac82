package rectimap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of ARCHITECTURE.md, checked on the production classes. */
@AnalyzeClasses(packages = "rectimap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("rectimap.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("rectimap.ui..", "rectimap.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the core runs headless (CLI, tests, PDF) and the renderer draws through DrawingSurface");

    @ArchTest
    static final ArchRule dialogButtonsSpeakTheUsersLanguage = noClasses()
            .that().doNotHaveFullyQualifiedName("rectimap.ui.DialogButtons")
            .should().accessField(javafx.scene.control.ButtonType.class, "OK")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "CANCEL")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "CLOSE")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "YES")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "NO")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "APPLY")
            .orShould().callConstructor(javafx.scene.control.Alert.class, javafx.scene.control.Alert.AlertType.class)
            .orShould().callConstructor(javafx.scene.control.Alert.class, javafx.scene.control.Alert.AlertType.class,
                    String.class, javafx.scene.control.ButtonType[].class)
            .because("JavaFX's own buttons (and an Alert's default ones) read OK/Cancel in the JVM's language: "
                    + "ui.DialogButtons makes them in the user's (确定/取消, or English with --lang en)");

    @ArchTest
    static final ArchRule onlyPrintUsesPdfBox = noClasses()
            .that().resideOutsideOfPackage("rectimap.print..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..");

    @ArchTest
    static final ArchRule onlyStoreExchangeCliAndAppUseJdbc = noClasses()
            .that().resideOutsideOfPackages("rectimap.store..", "rectimap.exchange..", "rectimap.cli..", "rectimap.app..",
                    "rectimap.raster..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the project file is reached only through the FeatureStore port; raster sources read tile "
                    + "packages (GeoPackage tiles, MBTiles) as read-only SQLite files of their own");

    @ArchTest
    static final ArchRule renderNeverUsesEditToolOrStore = noClasses()
            .that().resideInAPackage("rectimap.render..")
            .should().dependOnClassesThat().resideInAnyPackage("rectimap.edit..", "rectimap.tool..", "rectimap.store..");

    @ArchTest
    static final ArchRule modelDependsOnlyOnGeoJtsAndTheJdk = classes()
            .that().resideInAPackage("rectimap.model..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("rectimap.model..", "rectimap.geo..", "java..", "org.locationtech.jts..");

    @ArchTest
    static final ArchRule editDependsOnlyOnModelAndGeo = classes()
            .that().resideInAPackage("rectimap.edit..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("rectimap.edit..", "rectimap.model..", "rectimap.geo..", "java..",
                    "org.locationtech.jts..")
            .because("commands reach domain rules through the model's LayerRules port, not by importing campaign");

    @ArchTest
    static final ArchRule rasterDependsOnlyOnGeoAndLibraries = classes()
            .that().resideInAPackage("rectimap.raster..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("rectimap.raster..", "rectimap.geo..", "java..", "javax..", "org.locationtech..",
                    "com.twelvemonkeys..", "org.sqlite..", "org.w3c..", "org.xml..")
            .because("raster sources and the warp run headless under the renderer, which draws their frames");

    @ArchTest
    static final ArchRule campaignDependsOnlyOnModelAndGeo = classes()
            .that().resideInAPackage("rectimap.campaign..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("rectimap.campaign..", "rectimap.model..", "rectimap.geo..", "java..",
                    "org.locationtech.jts..");

    @ArchTest
    static final ArchRule reportIsPureOverCampaignModelAndGeo = classes()
            .that().resideInAPackage("rectimap.report..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("rectimap.report..", "rectimap.campaign..", "rectimap.model..", "rectimap.geo..",
                    "java.lang..", "java.util..", "java.math..", "java.time..", "org.locationtech.jts..")
            .because("the statistics report is pure functions and records: the UI, CLI and print feed and show it");
}
