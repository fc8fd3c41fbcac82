package rectimap.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rectimap.campaign.planning.PlanningSchema;
import rectimap.campaign.planning.PlanningSchemas;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.model.Layer;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.store.ProjectFiles;

/**
 * The planner's own working copy of the built-in sample: {@code yanhu-sample-project.gpkg} in the user's data folder ({@link rectimap.install.UserFolders}), made on first start
 * from the reference map in {@code maps/} plus the sample's planning features, so a newcomer sees what the tool is
 * for and edits never touch the shipped file.
 */
final class SampleProject {
    /** ASCII on purpose: a JVM under a C locale cannot create a file with a Chinese name on Linux. */
    private static final String FILE_NAME = "yanhu-sample-project.gpkg";

    private SampleProject() {
    }

    /** Where the working copy lives for this user ({@code -Drectimap.home=DIR} moves it, e.g. for tests). */
    static Path location() {
        return home().resolve(FILE_NAME);
    }

    /** Rectimap's data folder for this user ({@link rectimap.install.UserFolders#data()}). */
    static Path home() {
        return rectimap.store.UserFolder.path();
    }

    /** The working copy, created from {@code referenceSample} when it does not exist yet. Background thread. */
    static Path ensure(Path referenceSample) throws java.io.IOException {
        Path target = location();
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            ProjectFiles.createFromSample(referenceSample, target, samplePlanningLayers(referenceSample)).close();
        }
        return target;
    }

    /** The planning layers of a new project, without features. */
    static List<Layer> emptyPlanningLayers() {
        List<Layer> layers = new ArrayList<>();
        for (PlanningSchema schema : PlanningSchemas.all()) {
            layers.add(new Layer(schema.info(), List.of()));
        }
        return layers;
    }

    /** The sample's planning features, derived from the reference layers as committed (no regeneration). */
    private static List<Layer> samplePlanningLayers(Path referenceSample) {
        List<Layer> reference = new ArrayList<>();
        try (GeoPackageStore store = GeoPackageStore.open(referenceSample, AccessMode.READ_ONLY)) {
            store.layers().forEach(info -> reference.add(store.load(info.tableName())));
        }
        return SamplePlanning.generate(reference);
    }
}
